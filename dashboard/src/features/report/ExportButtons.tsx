// Print, and the API's own exports (XLSX workbook, standalone HTML) in the UI's language.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorReason } from '../../components/Panel';
import { saveBlob } from '../../lib/download';
import { base64ToBytes } from './download';
import { fetchHtml, fetchXlsx, type ReportSubject } from './queries';

export function ExportButtons({ subject, filenameBase }: { subject: ReportSubject; filenameBase: string }) {
  const { t, i18n } = useTranslation('report');
  const lang = i18n.language === 'en' ? 'EN' : 'ZH';
  const [busy, setBusy] = useState<'xlsx' | 'html' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (kind: 'xlsx' | 'html') => {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'xlsx') {
        const file = await fetchXlsx(subject, lang);
        saveBlob(new Blob([base64ToBytes(file.base64)], { type: file.contentType }), file.filename);
      } else {
        const html = await fetchHtml(subject, lang);
        saveBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), `${filenameBase}.html`);
      }
    } catch (e) {
      setError(t('downloadFailed', { reason: errorReason(e) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons no-print">
      <button type="button" onClick={() => window.print()} data-action="print">
        {t('print')}
      </button>
      <button type="button" onClick={() => void run('xlsx')} disabled={busy != null} aria-busy={busy === 'xlsx'} data-action="download-xlsx">
        {busy === 'xlsx' ? t('downloading') : t('downloadXlsx')}
      </button>
      <button type="button" onClick={() => void run('html')} disabled={busy != null} aria-busy={busy === 'html'} data-action="download-html">
        {busy === 'html' ? t('downloading') : t('downloadHtml')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
