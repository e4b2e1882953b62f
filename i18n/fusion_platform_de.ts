<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="15"/>
        <source>Fusion Platform Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="15"/>
        <source>Fusion Platform Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions_dock.py" line="15"/>
        <source>Fusion Platform Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="15"/>
        <source>Fusion Platform Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="15"/>
        <source>Fusion Platform Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="28"/>
        <source>Fusion Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="58"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="59"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="60"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="61"/>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="62"/>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="72"/>
        <source>Show or hide the Fusion Platform {0} dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="82"/>
        <source>Fusion Platform plugin {0} loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="31"/>
        <source>Fusion Platform Earth-observation services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="6"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="10"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="6"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="10"/>
        <source>Log in from the Account dock to see your organisation&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionsDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions_dock.ui" line="6"/>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions_dock.ui" line="10"/>
        <source>Log in from the Account dock to follow executions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessesDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="6"/>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="10"/>
        <source>Log in from the Account dock to see your processes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="6"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="10"/>
        <source>Log in from the Account dock to browse services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
