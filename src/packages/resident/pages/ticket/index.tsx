import '../../styles.scss'
import { pageById } from '@/components/page-shell'
import { TicketDetail } from '@/features/tickets/ticket-detail'

export default pageById('ticket-page', TicketDetail)
