import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { CommitteePerson } from '@core/api/account'

interface Props {
  person: CommitteePerson
  /** The page's own class for the card, for its modifiers (and what tests look for). */
  className: string
  /** The first line; the person's name unless the page says more. */
  title?: string
  /** Before the name, e.g. the initial in a circle. */
  leading?: ReactNode
  /** At the right: the status, or what may be done. */
  children?: ReactNode
  onClick?: () => void
}

/** One committee person as a card: name, then position (or role) and the masked phone. */
export function PersonCard({ person, className, title, leading, children, onClick }: Props) {
  return (
    <View className={`person-card ${className}`} onClick={onClick}>
      {leading}
      <View className='person-card__who'>
        <View>{title ?? person.name}</View>
        <View className='person-card__meta'>{[person.position || person.roleLabel, person.phoneMasked].filter(Boolean).join(' · ')}</View>
      </View>
      {children}
    </View>
  )
}
