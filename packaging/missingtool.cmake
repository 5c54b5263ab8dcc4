# SPDX-License-Identifier: GPL-3.0-or-later
# Stands in for a validator that configure did not find, so that the check fails instead of vanishing.
message(FATAL_ERROR "${MISSING} not found: install the Debian package ${PACKAGE} (./run.sh test does)")
