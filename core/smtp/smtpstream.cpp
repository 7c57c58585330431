// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpstream.h"

// The interface has no code of its own; this file gives its moc output a home.
