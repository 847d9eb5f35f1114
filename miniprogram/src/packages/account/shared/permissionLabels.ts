import type { PermissionGroup } from '@core/api/account'

/** Plain names of features the server's FEATURE_LABELS does not name. */
const FEATURES: Record<string, string> = {
  manageVote: '电子投票管理', castVote: '参加投票', supplementVote: '投票补计', tallyVote: '计票',
}

/** Plain names of actions, keyed `<feature>.<action>`; an unknown action shows its own name. */
const ACTIONS: Record<string, string> = {
  'admin.importRegister': '导入房产登记', 'admin.grantRole': '授予角色',
  'account.authorizeStaff': '授权人员账号', 'account.revokeStaff': '停用人员账号', 'account.listCommitteePeople': '查看业委会人员',
  'account.authorizeDelegate': '委托他人', 'account.revokeDelegate': '撤销委托', 'account.listMyDelegations': '查看委托',
  'account.startFaceCheck': '人脸核身', 'account.finishFaceCheck': '人脸核身',
  'committee.listMembers': '查看成员', 'committee.addMember': '添加成员', 'committee.editMember': '编辑成员',
  'committee.removeMember': '移除成员', 'committee.memberHistory': '查看成员变更记录',
  'committee.listFilings': '查看备案', 'committee.getFiling': '查看备案详情', 'committee.addFiling': '录入备案',
  'committee.listTrainings': '查看培训结果', 'committee.addTraining': '录入培训结果',
  'committee.listMeetings': '查看会议', 'committee.getMeeting': '查看会议详情', 'committee.addMeeting': '新增会议', 'committee.editMeeting': '编辑会议',
  'committee.listFundAccounts': '查看共有资金账户', 'committee.saveFundAccount': '录入共有资金账户', 'committee.importFundAccounts': '导入共有资金账户',
  'committee.getCredit': '查看信用信息', 'committee.saveCreditBasic': '编辑信用基本信息',
  'committee.addCreditRecord': '录入信用记录', 'committee.voidCreditRecord': '作废信用记录',
  'manageVote.createDraft': '新增投票议题', 'manageVote.updateDraft': '编辑投票议题', 'manageVote.deleteDraft': '删除投票议题',
  'manageVote.submit': '提交投票申请', 'manageVote.approve': '审核通过', 'manageVote.reject': '驳回', 'manageVote.list': '查看投票',
  'manageVote.get': '查看投票详情', 'manageVote.turnout': '查看参与情况', 'manageVote.nonParticipants': '查看未参与表决明细',
  'manageVote.exportNonParticipants': '下载未参与表决明细', 'manageVote.findFaceFailures': '查询人脸认证失败',
  'manageVote.verifyInPerson': '线下认证', 'manageVote.remind': '提醒投票', 'manageVote.auditLog': '查看操作记录',
  'castVote.openVotes': '查看进行中的投票', 'castVote.ballotPage': '查看选票', 'castVote.cast': '投票',
  'castVote.myBallots': '查看我的投票', 'castVote.verifyReceipt': '核对投票回执',
  'supplementVote.overview': '查看补计情况', 'supplementVote.startSupplement': '开始投票补计', 'supplementVote.findRoom': '查找房号',
  'supplementVote.enterPaper': '补录纸质票', 'supplementVote.confirmCoOwned': '确认共有房屋投票',
  'supplementVote.finishSupplement': '完成投票补计', 'supplementVote.enterFollow': '录入确认从众',
  'supplementVote.finishFollowMajority': '完成确认从众',
  'tallyVote.statistics': '查看统计', 'tallyVote.enterStatistics': '统计录入', 'tallyVote.explainDifference': '说明差异',
  'tallyVote.confirm': '确认计票', 'tallyVote.complete': '完成计票', 'tallyVote.result': '查看投票结果',
  'todos.list': '查看待办', 'todos.count': '查看待办数量', 'todos.get': '查看待办详情',
}

/** A permission group as people read it: the feature's name and its actions' names, each once. */
export function describeGroup(group: PermissionGroup): { title: string; actions: string[] } {
  const title = group.label === group.feature ? FEATURES[group.feature] ?? group.feature : group.label
  const actions = group.actions.map((a) => ACTIONS[`${group.feature}.${a}`] ?? a)
  return { title, actions: [...new Set(actions)] }
}
