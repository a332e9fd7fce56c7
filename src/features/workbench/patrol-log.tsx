import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { PatrolSummary } from '@/contract'
import { PagedList } from '@/components/paged-list'
import { shortDateTime } from '@/components/time'
import { usePatrol, usePatrols } from '@/data/patrols'
import { distanceText } from './labels'
import { TrackSketch } from './track-sketch'

export function durationText(minutes: number): string {
  return minutes < 60 ? `${minutes} 分钟` : `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟`
}

/** "发现 2 处 · 现场解决 1 处 · 上报 1 处" */
export function foundLine(p: Pick<PatrolSummary, 'found' | 'solvedOnSpot' | 'reported'>): string {
  return `发现 ${p.found} 处 · 现场解决 ${p.solvedOnSpot} 处 · 上报 ${p.reported} 处`
}

function Track({ id, summary }: { id: string; summary: PatrolSummary }) {
  const patrol = usePatrol(id)
  if (patrol.isPending) return <Text className='muted'>正在加载轨迹…</Text>
  if (!patrol.data) return <Text className='form-error'>轨迹没有加载出来，请点一下重试</Text>
  const label = `巡查轨迹，共 ${patrol.data.track.length} 个位置，${distanceText(summary.distanceMeters)}`
  return (
    <>
      <TrackSketch track={patrol.data.track} label={label} />
      {patrol.data.hazards.map((h) => (
        <Text key={h.id} className='muted'>
          {`· ${h.categoryName}（${h.status === 'resolved' || h.status === 'closed' ? '现场解决' : '已上报'}）`}
        </Text>
      ))}
    </>
  )
}

function PatrolRow({ p }: { p: PatrolSummary }) {
  const [open, setOpen] = useState(false)
  return (
    <View className='card patrol-row' onClick={() => setOpen(!open)}>
      <Text className='patrol-row__title'>
        {shortDateTime(p.startedAt)}
        {p.finishedAt ? '' : '（进行中）'}
      </Text>
      <Text>{`用时 ${durationText(p.durationMinutes)} · 走了 ${distanceText(p.distanceMeters)}`}</Text>
      <Text>{foundLine(p)}</Text>
      <Text className='muted'>{open ? '收起轨迹 ▲' : '看轨迹 ▼'}</Text>
      {open && <Track id={p.id} summary={p} />}
    </View>
  )
}

/** 巡查记录: each patrol with time, distance, what was found; a tap shows its track. */
export function PatrolLog() {
  const list = usePatrols(true)
  return (
    <View className='section'>
      <Text className='section__title'>巡查记录</Text>
      <PagedList
        query={list.query}
        items={list.items}
        className='patrol-log'
        render={(p) => <PatrolRow key={p.id} p={p} />}
        empty={<Text className='state__text'>还没有巡查记录，点上面的“开始巡查”</Text>}
      />
    </View>
  )
}
