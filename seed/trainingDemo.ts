import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { CourseView } from '../core/api/training'
import { COMMITTEE_ROLES } from '../core/roles'
import { COLLECTIONS } from '../server/collections'
import { PERSONAS } from './personas'
import { expectOk, type SeedTarget } from './seedDemo'

/**
 * 宣传培训 offline: the committed demo video (made once by scripts/makeDemoVideo.sh) is uploaded to the
 * emulator's storage the way the H5 app uploads files (`POST /storage/upload`), and the city centre publishes
 * one required course with it through the real `training.publishCourse`, so every serving committee member has
 * it as a to-do and can watch it to the end without a network.
 */
export const DEMO_COURSE = {
  title: '业主大会和业委会基础知识',
  category: '履职培训',
  /** The video's real length (seconds): scripts/makeDemoVideo.sh makes it 10 s long. */
  durationS: 10,
  dueDays: 30,
  cloudPath: 'training/demo-course.mp4',
  transcript: [
    '一、业主大会由物业管理区域内全体业主组成，决定共同管理的重大事项。',
    '二、业主委员会是业主大会的执行机构，由业主大会选举产生，向业主大会负责，接受业主监督。',
    '三、筹集和使用专项维修资金、改建重建建筑物等事项，须经专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决者双四分之三以上同意。',
    '四、业委会应当按时公开信息，接受街道办事处和住房部门的指导和监督。',
  ].join('\n'),
} as const

const VIDEO_FILE = path.join(__dirname, 'training', 'demo-course.mp4')

export async function seedTraining(emu: SeedTarget): Promise<void> {
  const existing = await emu.query<{ title: string }>(COLLECTIONS.courses, { title: DEMO_COURSE.title })
  if (existing.length > 0) return
  const uploaded = await fetch(`${emu.url}/storage/upload?path=${encodeURIComponent(DEMO_COURSE.cloudPath)}`, {
    method: 'POST',
    body: readFileSync(VIDEO_FILE),
  })
  const { fileID } = (await uploaded.json()) as { fileID?: string }
  if (!uploaded.ok || !fileID) throw new Error(`seed: the demo video did not upload (${uploaded.status})`)
  const city = PERSONAS.find((p) => p.grant?.role === 'cityCentre')!
  await expectOk(
    emu.call<CourseView>(
      'training',
      {
        action: 'publishCourse',
        title: DEMO_COURSE.title,
        category: DEMO_COURSE.category,
        durationS: DEMO_COURSE.durationS,
        transcript: DEMO_COURSE.transcript,
        required: true,
        dueDays: DEMO_COURSE.dueDays,
        audience: [...COMMITTEE_ROLES],
        video: fileID,
      },
      { openid: city.openid },
    ),
    'publish the demo course',
  )
}
