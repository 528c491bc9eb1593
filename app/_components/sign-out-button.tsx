'use client';

import { useState } from 'react';
import { signOutTo } from '../_lib/sign-out';

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="btn btn--on-dark btn--small"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOutTo('/login?abgemeldet=1');
      }}
    >
      Abmelden
    </button>
  );
}
