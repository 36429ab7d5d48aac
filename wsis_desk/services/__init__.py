"""Use cases: one public function per user action, one transaction each."""
