import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { type Ticket } from '@/contract/tickets'
import { useRateTicket } from '@/data/tickets'
import { serverProblem } from '@/api/server-problem'
import { STAR_WORDS, StarRating } from './star-rating'

const MAX_COMMENT = 200

/** 评价: stars (required) and a short comment (optional); rating closes the ticket. */
export function RateForm({ ticket: t }: { ticket: Ticket }) {
  const [stars, setStars] = useState(0)
  const [comment, setComment] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const rate = useRateTicket(t.id)

  const length = comment.trim().length
  const submit = () => {
    if (rate.isPending) return
    const found = stars < 1 ? '请先点星星打分' : length > MAX_COMMENT ? `评价最多 ${MAX_COMMENT} 个字` : null
    setProblem(found)
    if (!found)
      rate.mutate(
        { stars, comment: comment.trim() },
        {
          onSuccess: () => void Taro.showToast({ title: '感谢您的评价', icon: 'success' }),
        },
      )
  }

  return (
    <View className='card ticket-action rate-form'>
      <Text className='card__title'>评价处理结果</Text>
      <Text className='muted'>问题已处理完成，请为处理结果打分。</Text>
      <StarRating
        value={stars}
        onChange={(n) => {
          setStars(n)
          setProblem(null)
        }}
      />
      <Text className='rate-form__words'>{stars ? STAR_WORDS[stars] : '点星星打分'}</Text>
      <Textarea
        className='textarea'
        value={comment}
        maxlength={MAX_COMMENT}
        placeholder='说说处理得怎么样（选填）'
        onInput={(e) => setComment(e.detail.value)}
      />
      <Text className={`counter ${length > MAX_COMMENT ? 'counter--bad' : ''}`}>
        {length}/{MAX_COMMENT}
      </Text>
      {problem && <Text className='form-error'>{problem}</Text>}
      {rate.error ? <Text className='form-error'>{serverProblem(rate.error)}</Text> : null}
      <Button className='btn btn--primary' disabled={rate.isPending} onClick={submit}>
        {rate.isPending ? '正在提交…' : '提交评价'}
      </Button>
    </View>
  )
}
