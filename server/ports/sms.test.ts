import { envFrom } from '../env'
import { localSms, smsText, SmsError, tencentSms, tencentSmsConfigFromEnv, type TencentSmsConfig } from './sms'

const config: TencentSmsConfig = {
  secretId: 'AKIDtest',
  secretKey: 'secret',
  sdkAppId: '1400000000',
  signName: '业主决策平台',
  templateId: '123456',
  region: 'ap-guangzhou',
}

describe('smsText', () => {
  it('is the approved template text', () => {
    expect(smsText('123456')).toBe('【业主决策平台】您的验证码是123456，5分钟内有效。')
  })
})

describe('tencentSms', () => {
  it('posts a signed SendSms request with the code and minutes as template parameters', async () => {
    const sent: { url: string; body: string; headers: Record<string, string> }[] = []
    const port = tencentSms(
      config,
      async (url, body, headers = {}) => {
        sent.push({ url, body, headers })
        return { Response: { SendStatusSet: [{ Code: 'Ok', Message: 'send success', PhoneNumber: '+8613812341234' }], RequestId: 'r' } }
      },
      () => 1_700_000_000_000,
    )
    await port.sendCode('13812341234', '654321', 'bindOwner')
    expect(sent).toHaveLength(1)
    expect(sent[0].url).toBe('https://sms.tencentcloudapi.com/')
    expect(JSON.parse(sent[0].body)).toEqual({
      PhoneNumberSet: ['+8613812341234'],
      SmsSdkAppId: '1400000000',
      SignName: '业主决策平台',
      TemplateId: '123456',
      TemplateParamSet: ['654321', '5'],
    })
    expect(sent[0].headers).toMatchObject({
      'X-TC-Action': 'SendSms',
      'X-TC-Version': '2021-01-11',
      'X-TC-Timestamp': '1700000000',
      'X-TC-Region': 'ap-guangzhou',
    })
    expect(sent[0].headers.Authorization).toMatch(
      /^TC3-HMAC-SHA256 Credential=AKIDtest\/2023-11-14\/sms\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/,
    )
  })

  it('throws SmsError when the API or the operator refuses', async () => {
    const apiError = tencentSms(config, async () => ({ Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'bad' } } }))
    await expect(apiError.sendCode('13812341234', '1', 'bindOwner')).rejects.toBeInstanceOf(SmsError)
    const refused = tencentSms(config, async () => ({
      Response: { SendStatusSet: [{ Code: 'LimitExceeded.PhoneNumberDailyLimit', Message: 'limit', PhoneNumber: 'x' }] },
    }))
    await expect(refused.sendCode('13812341234', '1', 'bindOwner')).rejects.toThrow('LimitExceeded')
  })

  it('names the missing setting', () => {
    expect(() => tencentSmsConfigFromEnv(envFrom({}))).toThrow('SMS_SDK_APP_ID')
    expect(() => tencentSmsConfigFromEnv(envFrom(APP))).toThrow(/SMS_SECRET_ID.*TENCENTCLOUD_SECRETID/)
    expect(() => tencentSmsConfigFromEnv(envFrom({ ...APP, SMS_SECRET_ID: 'AKIDsms' }))).toThrow('SMS_SECRET_KEY')
  })
})

const APP = { SMS_SDK_APP_ID: '1400000000', SMS_SIGN_NAME: '业主决策平台', SMS_TEMPLATE_ID: '123456' }
const ROLE_KEY = { TENCENTCLOUD_SECRETID: 'AKIDrole', TENCENTCLOUD_SECRETKEY: 'rolekey', TENCENTCLOUD_SESSIONTOKEN: 'role-token' }

describe('the key SMS is signed with', () => {
  const okAnswer = async () => ({ Response: { SendStatusSet: [{ Code: 'Ok', Message: 'ok', PhoneNumber: '+8613812341234' }] } })

  it('is the explicit SMS key when one is configured, without a session token', async () => {
    const config = tencentSmsConfigFromEnv(envFrom({ ...APP, ...ROLE_KEY, SMS_SECRET_ID: 'AKIDsms', SMS_SECRET_KEY: 'smskey' }))
    expect(config).toMatchObject({ secretId: 'AKIDsms', secretKey: 'smskey', region: 'ap-guangzhou' })
    expect(config.sessionToken).toBeUndefined()
    const headers: Record<string, string>[] = []
    await tencentSms(config, async (_url, _body, h = {}) => (headers.push(h), okAnswer())).sendCode('13812341234', '1', 'bindOwner')
    expect(headers[0].Authorization).toContain('Credential=AKIDsms/')
    expect(headers[0]).not.toHaveProperty('X-TC-Token')
  })

  it('is otherwise the function role’s temporary key, sent with its session token as X-TC-Token', async () => {
    const config = tencentSmsConfigFromEnv(envFrom({ ...APP, ...ROLE_KEY }))
    expect(config).toMatchObject({ secretId: 'AKIDrole', secretKey: 'rolekey', sessionToken: 'role-token' })
    const headers: Record<string, string>[] = []
    await tencentSms(config, async (_url, _body, h = {}) => (headers.push(h), okAnswer())).sendCode('13812341234', '1', 'bindOwner')
    expect(headers[0].Authorization).toContain('Credential=AKIDrole/')
    expect(headers[0]['X-TC-Token']).toBe('role-token')
  })
})

describe('localSms', () => {
  it('writes the message to the outbox with the clock time', async () => {
    const added: unknown[] = []
    const db = {
      collection: (name: string) => ({
        add: async ({ data }: { data: unknown }) => {
          added.push({ name, data })
        },
      }),
    }
    await localSms(db as never, () => Date.UTC(2024, 0, 1)).sendCode('13812341234', '123456', 'bindOwner')
    expect(added).toEqual([
      {
        name: 'outbox',
        data: {
          kind: 'sms',
          to: '13812341234',
          code: '123456',
          purpose: 'bindOwner',
          text: smsText('123456'),
          at: new Date(Date.UTC(2024, 0, 1)),
        },
      },
    ])
  })
})
