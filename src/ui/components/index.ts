export { Button } from './Button';
export { Countdown } from './Countdown';
export { GuideLink } from './GuideLink';
export { StatusBadge, type BadgeStatus } from './StatusBadge';
export { announceCountdown, formatCountdown } from './countdown';
export { formatClock, formatRelative } from './time';
