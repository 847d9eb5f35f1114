/**
 * What the mini program collects and why, in the words of the 隐私保护指引 page. README's review
 * section lists the same items for the 用户隐私保护指引 form in the admin console.
 */
export interface PrivacyItem {
  what: string
  why: string
  how?: string
}

export const PRIVACY_ITEMS: PrivacyItem[] = [
  {
    what: '姓名、身份证号',
    why: '业主身份绑定和被委托人认证时，与不动产登记核对您是不是这套房屋的业主或被委托人。',
    how: '身份证号只保存加密后的摘要和最后四位，无法还原出完整号码。',
  },
  {
    what: '手机号',
    why: '发送短信验证码确认是您本人；业委会需要时联系您。',
  },
  {
    what: '人脸核身结果',
    why: '参与投票前确认是业主本人或被委托人本人，防止他人冒用您的身份。',
    how: '刷脸由微信完成，我们只保存“通过”或“未通过”的结果和时间，不保存您的照片。',
  },
  {
    what: '您选择上传的文件',
    why: '业委会上传会议纪要、备案材料、信用记录等证明文件，供业主查阅。',
    how: '只有您在聊天记录中选择的文件才会上传。',
  },
  {
    what: '剪贴板',
    why: '业委会复制导出表格（未参与表决明细表）的下载链接，方便在电脑上打开。',
    how: '只在您点“复制”时写入剪贴板，我们不读取您的剪贴板。',
  },
  {
    what: '微信身份标识（OpenID）和投票记录',
    why: '识别您的账号，记录您投出的票，防止重复计票；投票结束后可以核对计票结果。',
  },
]
