"""Who is connected, to which server, and how requests go: logging in (the auth database holds the secrets), QGIS's
network settings applied to the client's session, the plugin's settings and presets, and the shared PluginState."""
