import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { getMyNotifications } from '@/lib/notifications/list-my-notifications';
import { PageHeader } from '../../_components/page-header';
import { countLabel, formatDateTime } from '../../_lib/format';
import { markAllNotificationsReadAction, markNotificationReadAction } from './actions';

export const metadata: Metadata = { title: 'Benachrichtigungen' };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ anzeige?: string | string[] }> }) {
  const actor = await requirePageActor('/benachrichtigungen');
  const onlyUnread = (await searchParams).anzeige === 'ungelesen';
  const { notifications, unreadCount: unread } = await getMyNotifications(actor, { onlyUnread });
  return (
    <>
      <PageHeader
        title="Benachrichtigungen"
        lead={
          unread === 0
            ? 'Alles gelesen. Hier erscheint, was in Ihren Kommunen und Konzepten geschieht und Sie betrifft.'
            : `${countLabel(unread, 'ungelesene Benachrichtigung', 'ungelesene Benachrichtigungen')}. Öffnen Sie einen Eintrag, um zum Vorgang zu gelangen; er gilt dann als gelesen.`
        }
        breadcrumbs={[{ href: '/', label: 'Übersicht' }]}
      />
      <div className="notification__actions" style={{ marginBottom: 'var(--space-4)', flexWrap: 'wrap' }}>
        <nav aria-label="Anzeige der Benachrichtigungen">
          {onlyUnread ? (
            <Link href="/benachrichtigungen">Alle anzeigen</Link>
          ) : (
            <Link href="/benachrichtigungen?anzeige=ungelesen">Nur ungelesene anzeigen</Link>
          )}
        </nav>
        {unread > 0 && (
          <form action={markAllNotificationsReadAction}>
            <button type="submit" className="btn btn--secondary btn--small">
              Alle als gelesen markieren
            </button>
          </form>
        )}
      </div>
      {notifications.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>{onlyUnread ? 'Keine ungelesenen Benachrichtigungen.' : 'Noch keine Benachrichtigungen.'}</strong>
          </p>
        </div>
      ) : (
        <ol className="notification-list" aria-label={onlyUnread ? 'Ungelesene Benachrichtigungen, neueste zuerst' : 'Benachrichtigungen, neueste zuerst'}>
          {notifications.map((n) => (
            <li key={n.id} className={n.isRead ? 'notification' : 'notification notification--unread'}>
              <div className="notification__body">
                <p className="notification__message" id={`nachricht-${n.id}`}>
                  {!n.isRead && (
                    <>
                      <span className="badge">neu</span>{' '}
                    </>
                  )}
                  {n.link ? (
                    // A plain link on purpose: <Link> would prefetch and so mark the entry read.
                    <a href={`/benachrichtigungen/${n.id}/oeffnen`}>{n.message}</a>
                  ) : (
                    n.message
                  )}
                </p>
                <p className="notification__meta">
                  <time dateTime={new Date(n.createdAt).toISOString()}>{formatDateTime(n.createdAt)} Uhr</time>
                  {n.isRead ? ' · gelesen' : ''}
                </p>
              </div>
              {!n.isRead && (
                <form action={markNotificationReadAction} className="notification__actions">
                  <input type="hidden" name="notificationId" value={n.id} />
                  <button type="submit" className="btn btn--secondary btn--small" aria-describedby={`nachricht-${n.id}`}>
                    Als gelesen markieren
                  </button>
                </form>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
