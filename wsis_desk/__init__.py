"""wsis_desk: offline negotiation-text desk for delegations and civil-society teams."""

__version__ = "0.1.0"
APP_NAME = "wsis_desk"
APP_AUTHOR = "wsis_desk"
APP_DISPLAY_NAME = "WSIS Desk"
APP_ID = "org.wsisdesk.WSISDesk"  # reverse-DNS identity, e.g. the macOS bundle identifier
