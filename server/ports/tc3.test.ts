import { tc3Sign } from './tc3'

/**
 * Tencent's published worked example (API 3.0 签名方法 v3, CVM DescribeInstances): the intermediate
 * hashes and the final signature below are the documented values.
 */
describe('tc3Sign', () => {
  const example = {
    secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******',
    secretKey: 'Gu5t9xGARNpq86cd98joQYCN3*******',
    service: 'cvm',
    host: 'cvm.tencentcloudapi.com',
    action: 'DescribeInstances',
    version: '2017-03-12',
    region: 'ap-guangzhou',
    timestamp: 1551113065,
    payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
  }

  it('matches the documented canonical request, string to sign and signature', () => {
    const signed = tc3Sign(example)
    expect(signed.canonicalRequest).toBe(
      'POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n' +
        '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
    )
    expect(signed.stringToSign).toBe(
      'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
    )
    expect(signed.signature).toBe('2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c')
    expect(signed.authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, ' +
        'SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c',
    )
  })

  it('sends the common parameters as X-TC headers', () => {
    const { headers } = tc3Sign(example)
    expect(headers).toMatchObject({
      Host: 'cvm.tencentcloudapi.com',
      'Content-Type': 'application/json; charset=utf-8',
      'X-TC-Action': 'DescribeInstances',
      'X-TC-Version': '2017-03-12',
      'X-TC-Timestamp': '1551113065',
      'X-TC-Region': 'ap-guangzhou',
    })
  })

  it('sends a temporary key’s session token as X-TC-Token, outside the signed headers', () => {
    const plain = tc3Sign(example)
    const temporary = tc3Sign({ ...example, sessionToken: 'token-of-the-role' })
    expect(plain.headers).not.toHaveProperty('X-TC-Token')
    expect(temporary.headers['X-TC-Token']).toBe('token-of-the-role')
    expect(temporary.signature).toBe(plain.signature)
  })

  it('uses the UTC date of the timestamp in the scope', () => {
    // 2019-02-25 23:59:59 UTC is already the 26th in Beijing; the scope must still say the 25th.
    expect(tc3Sign({ ...example, timestamp: 1551139199 }).stringToSign).toContain('2019-02-25/cvm/tc3_request')
    expect(tc3Sign({ ...example, timestamp: 1551139200 }).stringToSign).toContain('2019-02-26/cvm/tc3_request')
  })
})
