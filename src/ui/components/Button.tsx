import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'link';
  size?: 'normal' | 'large';
  children: ComponentChildren;
};

export function Button({ variant = 'secondary', size = 'normal', class: extra, type = 'button', ...rest }: Props) {
  const classes = ['btn', `btn-${variant}`, size === 'large' ? 'btn-large' : '', typeof extra === 'string' ? extra : '']
    .filter(Boolean)
    .join(' ');
  return <button type={type} class={classes} {...rest} />;
}
