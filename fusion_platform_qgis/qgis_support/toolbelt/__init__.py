"""QGIS plumbing every other part uses: background tasks (QgsTask with progress and cancel), the message-log bridge,
the QGIS interface and project, enums that moved between QGIS versions, the plugin's resources, local path rules."""
