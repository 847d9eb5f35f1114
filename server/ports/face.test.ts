import { envFrom } from '../env'
import { certHash, localFace, wechatFace } from './face'

/** A tiny stand-in for the one query the local adapter makes. */
function dbListing(idNumbers: string[]) {
  return {
    collection: () => ({
      where: (q: { idNumber: string }) => ({
        limit: () => ({ get: async () => ({ data: idNumbers.filter((i) => i === q.idNumber).map((idNumber) => ({ idNumber })) }) }),
      }),
    }),
  } as never
}

describe('certHash', () => {
  it('matches the example in WeChat’s queryVerifyInfo documentation', () => {
    expect(certHash('张三', '310101199801011234')).toBe('3c241f7ff324977aeb91f173bb2a7b06569e6fd784d5573db34a636d8671108b')
  })
})

describe('localFace', () => {
  it('passes everyone except identities listed in FACE_FAIL_IDS or the faceFailures collection', async () => {
    const face = localFace(dbListing(['440305199001010011']), envFrom({ FACE_FAIL_IDS: ' 11010519491231002x ' }))
    expect(await face.verify('o1', '甲', '440305199001010012')).toEqual({ ok: true })
    expect(await face.verify('o1', '乙', '11010519491231002X')).toMatchObject({ ok: false })
    expect(await face.verify('o1', '丙', '440305199001010011')).toMatchObject({ ok: false })
    expect((await face.start('o1', '甲', '440305199001010012')).verifyId).toMatch(/^local-/)
  })
})

describe('wechatFace', () => {
  it('starts with getverifyid and passes only on verify_ret 10000', async () => {
    const calls: { url: string; body: Record<string, unknown> }[] = []
    let verifyRet = 10000
    const face = wechatFace(
      async (url, body) => {
        calls.push({ url, body: JSON.parse(body) })
        if (url.includes('getverifyid')) return { errcode: 0, verify_id: 'v1', expires_in: 3600 }
        return { errcode: 0, verify_ret: verifyRet }
      },
      async () => 'TOKEN',
    )
    const session = await face.start('openid-1', '张三', '310101199801011234')
    expect(calls[0].url).toBe('https://api.weixin.qq.com/cityservice/face/identify/getverifyid?access_token=TOKEN')
    expect(calls[0].body).toMatchObject({
      openid: 'openid-1',
      cert_info: { cert_type: 'IDENTITY_CARD', cert_name: '张三', cert_no: '310101199801011234' },
    })
    expect(await face.verify('openid-1', '张三', '310101199801011234', session)).toEqual({ ok: true })
    expect(calls[1].body).toEqual({
      verify_id: 'v1',
      out_seq_no: session.outSeqNo,
      cert_hash: certHash('张三', '310101199801011234'),
      openid: 'openid-1',
    })
    verifyRet = 90002
    expect(await face.verify('openid-1', '张三', '310101199801011234', session)).toMatchObject({ ok: false, verifyRet: 90002 })
  })
})
