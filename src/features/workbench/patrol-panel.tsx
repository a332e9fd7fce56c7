import { Button, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { serverProblem } from '@/api/server-problem'
import { QueryState } from '@/components/query-state'
import { useFinishPatrol, usePatrols, useStartPatrol } from '@/data/patrols'
import { WorkbenchGate, type Viewer } from './gate'
import { HazardForm } from './hazard-form'
import { distanceText } from './labels'
import { durationText, foundLine, PatrolLog } from './patrol-log'
import { usePatrolTrack } from './use-patrol-track'

function Patrol() {
  const list = usePatrols(true)
  const running = list.items.find((p) => p.finishedAt === null) ?? null
  const start = useStartPatrol()
  const finish = useFinishPatrol()
  const track = usePatrolTrack(running?.id ?? null)
  const [finding, setFinding] = useState(false)
  // the server's figures (duration, distance) refresh every minute while walking
  const runningId = running?.id ?? null
  const refresh = list.refresh
  useEffect(() => {
    if (!runningId) return undefined
    const timer = setInterval(() => void refresh(), 60_000)
    return () => clearInterval(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runningId])
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh())
  })

  const stop = async () => {
    if (!running) return
    await track.flushNow()
    finish.mutate(running.id, {
      onSuccess: (p) =>
        void Taro.showToast({ title: `巡查结束，${foundLine(p).split(' · ')[0]}`, icon: 'none' }),
    })
  }

  if (list.query.isPending || (list.query.error && !list.query.data)) {
    // no patrol list yet: loading, or the server's failure with 重试
    return (
      <QueryState
        isPending={list.query.isPending}
        error={list.query.error}
        onRetry={() => void list.query.refetch()}
      >
        {null}
      </QueryState>
    )
  }
  return (
    <>
      {!running && (
        <View className='card patrol-card'>
          <Text className='card__title'>巡查</Text>
          <Text className='muted'>
            开始后会记录您走过的路线。发现问题能现场解决的就解决，解决不了的上报。
          </Text>
          <Button
            className='btn btn--primary btn--hero'
            disabled={start.isPending}
            onClick={() => start.mutate(undefined)}
          >
            {start.isPending ? '正在开始…' : '开始巡查'}
          </Button>
          {start.error ? <Text className='form-error'>{serverProblem(start.error)}</Text> : null}
        </View>
      )}
      {running && (
        <View className='card patrol-card patrol-card--running' role='status'>
          <Text className='card__title'>正在巡查</Text>
          <Text className='patrol-card__figures'>
            {`已巡查 ${durationText(running.durationMinutes)} · 走了 ${distanceText(running.distanceMeters)}`}
          </Text>
          <Text>{foundLine(running)}</Text>
          <Text className='muted'>{`本机已记录 ${track.count} 个位置，每半分钟上传一次`}</Text>
          {track.problem && <Text className='form-error'>{track.problem}</Text>}
          {finding ? (
            <HazardForm patrolId={running.id} lastKnown={track.last} onClose={() => setFinding(false)} />
          ) : (
            <Button className='btn btn--primary btn--hero' onClick={() => setFinding(true)}>
              发现问题
            </Button>
          )}
          <Button className='btn btn--danger' disabled={finish.isPending} onClick={() => void stop()}>
            {finish.isPending ? '正在结束…' : '结束巡查'}
          </Button>
          {finish.error ? <Text className='form-error'>{serverProblem(finish.error)}</Text> : null}
        </View>
      )}
      <PatrolLog />
    </>
  )
}

/** 巡查: start and finish a patrol, report what is found on the way, and the log of past patrols. */
export function PatrolPage({ viewer }: { viewer: Viewer }) {
  return (
    <WorkbenchGate viewer={viewer}>
      <Patrol />
    </WorkbenchGate>
  )
}
