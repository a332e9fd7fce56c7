import { PageShell } from '@/components/page-shell'
import { ReportForm } from '@/features/report/report-form'

export default function ReportPage() {
  return (
    <PageShell>
      <ReportForm />
    </PageShell>
  )
}
