<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>@default</name>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="106"/>
        <source>Fusion Platform Account</source>
        <translation>Compte Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="109"/>
        <source>Fusion Platform Data</source>
        <translation>Données Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="120"/>
        <source>Fusion Platform Executions</source>
        <translation>Exécutions Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="113"/>
        <source>Fusion Platform Processes</source>
        <translation>Processus Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="110"/>
        <source>Fusion Platform Services</source>
        <translation>Services Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/time_series.py" line="146"/>
        <source>Fusion Platform</source>
        <translation>Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="106"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="109"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="94"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="113"/>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="120"/>
        <source>Executions</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="164"/>
        <source>Show or hide the Fusion Platform {0} dock</source>
        <translation>Afficher ou masquer le panneau {0} de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="151"/>
        <source>Fusion Platform plugin {0} loaded.</source>
        <translation>Extension Fusion Platform {0} chargée.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="73"/>
        <source>Fusion Platform Earth-observation services</source>
        <translation>Services d'observation de la Terre Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/session/auth.py" line="49"/>
        <source>The QGIS authentication database is not available.</source>
        <translation>La base de données d'authentification de QGIS n'est pas disponible.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="248"/>
        <source>Server: {0}</source>
        <translation>Serveur : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="284"/>
        <source>Remove the connection &apos;{0}&apos; and its remembered credentials?</source>
        <translation>Supprimer la connexion « {0} » et ses identifiants mémorisés ?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="297"/>
        <source>Enter your e-mail address (or user id) and your password.</source>
        <translation>Saisissez votre adresse e-mail (ou identifiant) et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="355"/>
        <source>Logged in, but the credentials could not be remembered: {0}</source>
        <translation>Connecté, mais les identifiants n'ont pas pu être mémorisés : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="368"/>
        <source>Could not reconnect to {0} automatically: {1}</source>
        <translation>Impossible de se reconnecter automatiquement à {0} : {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="407"/>
        <source>Connected to {0} as {1}.</source>
        <translation>Connecté à {0} en tant que {1}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="446"/>
        <source>Logged out; the remembered credentials for {0} were removed.</source>
        <translation>Déconnecté ; les identifiants mémorisés pour {0} ont été supprimés.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="466"/>
        <source>Logged in to {0} as {1} ({2}).</source>
        <translation>Connecté à {0} en tant que {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="508"/>
        <source>Reading the organisation&apos;s credits</source>
        <translation>Lecture des crédits de l'organisation</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="60"/>
        <source>{0} credits</source>
        <translation>{0} crédits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="89"/>
        <source>Enter your given name and family name.</source>
        <translation>Saisissez votre prénom et votre nom.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="99"/>
        <source>Your details were saved.</source>
        <translation>Vos informations ont été enregistrées.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="101"/>
        <source>Saving your details</source>
        <translation>Enregistrement de vos informations</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="144"/>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="158"/>
        <source>Changing your password</source>
        <translation>Modification de votre mot de passe</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="25"/>
        <source>Enter a name for the connection.</source>
        <translation>Saisissez un nom pour la connexion.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="27"/>
        <source>A connection name cannot contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation>Un nom de connexion ne peut contenir ni « / » ni « \ ».</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="34"/>
        <source>&apos;{0}&apos; is a built-in connection; choose another name.</source>
        <translation>« {0} » est une connexion intégrée ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="37"/>
        <source>A connection named &apos;{0}&apos; already exists.</source>
        <translation>Une connexion nommée « {0} » existe déjà.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="40"/>
        <source>Enter the API address as http(s)://host[:port][/path].</source>
        <translation>Saisissez l'adresse de l'API sous la forme http(s)://hôte[:port][/chemin].</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="42"/>
        <source>The API address cannot carry a query (?…) or fragment (#…).</source>
        <translation>L'adresse de l'API ne peut contenir ni requête (?…) ni fragment (#…).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="108"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="108"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="108"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="126"/>
        <source>Upload files</source>
        <translation>Téléverser des fichiers</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="126"/>
        <source>Geodata (*.geojson *.json *.kml *.kmz *.tif *.tiff *.csv *.shp *.zip *.gpkg);;All files (*)</source>
        <translation>Géodonnées (*.geojson *.json *.kml *.kmz *.tif *.tiff *.csv *.shp *.zip *.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="131"/>
        <source>Data of {0}</source>
        <translation>Données de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="140"/>
        <source>Log in from the Account dock to see your organisation&apos;s data.</source>
        <translation>Connectez-vous depuis le panneau Compte pour voir les données de votre organisation.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="145"/>
        <source>Listing data</source>
        <translation>Liste des données</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="292"/>
        <source>Created {0}</source>
        <translation>Créé le {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="238"/>
        <source>Reading files of {0}</source>
        <translation>Lecture des fichiers de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="91"/>
        <source>No preview</source>
        <translation>Pas d'aperçu</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="59"/>
        <source>Loading preview…</source>
        <translation>Chargement de l'aperçu…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="84"/>
        <source>Fetching preview of {0}</source>
        <translation>Récupération de l'aperçu de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="187"/>
        <source>Rename data</source>
        <translation>Renommer le jeu de données</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="187"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="195"/>
        <source>Renaming {0}</source>
        <translation>Renommage de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="195"/>
        <source>Renamed to {0}</source>
        <translation>Renommé en {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="206"/>
        <source>Copy data</source>
        <translation>Copier le jeu de données</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="206"/>
        <source>Name of the copy:</source>
        <translation>Nom de la copie :</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="206"/>
        <source>Copy of {0}</source>
        <translation>Copie de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="212"/>
        <source>Copied {0} to {1}</source>
        <translation>{0} copié vers {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="214"/>
        <source>Copying {0}</source>
        <translation>Copie de {0} en cours</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="221"/>
        <source>Delete the data item &apos;{0}&apos; from the platform? This cannot be undone.</source>
        <translation>Supprimer le jeu de données « {0} » de la plateforme ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="245"/>
        <source>{0} deleted; not deleted: {1}</source>
        <translation>{0} supprimé(s) ; non supprimé(s) : {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="252"/>
        <source>Deleting data</source>
        <translation>Suppression des données</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="258"/>
        <source>Download data to</source>
        <translation>Télécharger les données dans</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="268"/>
        <source>Downloading data</source>
        <translation>Téléchargement des données</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="282"/>
        <source>Added {0} to the map</source>
        <translation>{0} ajouté à la carte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="309"/>
        <source>Finding {0}</source>
        <translation>Recherche de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="307"/>
        <source>That data item no longer exists.</source>
        <translation>Ce jeu de données n'existe plus.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="334"/>
        <source>Reading STAC of {0}</source>
        <translation>Lecture des métadonnées STAC de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="56"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="90"/>
        <source>Repair geometries and upload</source>
        <translation>Réparer les géométries et téléverser</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="92"/>
        <source>Simplify and upload</source>
        <translation>Simplifier et téléverser</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="131"/>
        <source>Use &apos;{0}&apos;</source>
        <translation>Utiliser « {0} »</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="55"/>
        <source>Selected features of the active layer</source>
        <translation>Entités sélectionnées de la couche active</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="56"/>
        <source>Active layer (all features)</source>
        <translation>Couche active (toutes les entités)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="57"/>
        <source>Draw a rectangle on the map</source>
        <translation>Dessiner un rectangle sur la carte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="58"/>
        <source>Draw a polygon on the map</source>
        <translation>Dessiner un polygone sur la carte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="59"/>
        <source>Current map extent</source>
        <translation>Emprise actuelle de la carte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="60"/>
        <source>Files on disk…</source>
        <translation>Fichiers sur le disque…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="79"/>
        <source>Select a layer in the Layers panel first.</source>
        <translation>Sélectionnez d'abord une couche dans le panneau Couches.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="93"/>
        <source>Only vector and raster layers can be uploaded.</source>
        <translation>Seules les couches vecteur et raster peuvent être téléversées.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="105"/>
        <source>Drawn region</source>
        <translation>Région dessinée</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="113"/>
        <source>Map extent</source>
        <translation>Emprise de la carte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="140"/>
        <source>Upload region</source>
        <translation>Téléverser la région</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="140"/>
        <source>Name of the new data item:</source>
        <translation>Nom du nouveau jeu de données :</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="166"/>
        <source>Log in first (Account dock).</source>
        <translation>Connectez-vous d'abord (panneau Compte).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="169"/>
        <source>An upload is already running; wait for it or cancel it.</source>
        <translation>Un téléversement est déjà en cours ; attendez qu'il se termine ou annulez-le.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="175"/>
        <source>Uploaded {0}</source>
        <translation>{0} téléversé</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="98"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="108"/>
        <source>Created: {0}</source>
        <translation>Créé : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="111"/>
        <source>Bounds (lon/lat): {0}</source>
        <translation>Emprise (lon/lat) : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="113"/>
        <source>Loading files…</source>
        <translation>Chargement des fichiers…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="116"/>
        <source>No files.</source>
        <translation>Aucun fichier.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="291"/>
        <source>Size: {0}</source>
        <translation>Taille : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="122"/>
        <source>CRS: {0}</source>
        <translation>SCR : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="124"/>
        <source>Bounds: {0}</source>
        <translation>Emprise : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="206"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="206"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="132"/>
        <source>Features: {0}</source>
        <translation>Entités : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="134"/>
        <source>Bands: {0}</source>
        <translation>Bandes : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="136"/>
        <source>Resolution: {0} m</source>
        <translation>Résolution : {0} m</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="138"/>
        <source>analysis failed</source>
        <translation>échec de l'analyse</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="153"/>
        <source>Being analysed…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.py" line="201"/>
        <source>Log in from the Account dock to follow executions.</source>
        <translation>Connectez-vous depuis le panneau Compte pour suivre les exécutions.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="110"/>
        <source>Loading executions…</source>
        <translation>Chargement des exécutions…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="182"/>
        <source>Could not load the executions: {0}</source>
        <translation>Impossible de charger les exécutions : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="136"/>
        <source>Fusion Platform: loading executions</source>
        <translation>Fusion Platform : chargement des exécutions</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="197"/>
        <source>All processes</source>
        <translation>Tous les processus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="264"/>
        <source>No executions yet: execute a process from the Processes dock.</source>
        <translation>Aucune exécution pour l'instant : exécutez un processus depuis le panneau Processus.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="161"/>
        <source>A process</source>
        <translation>Un processus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="148"/>
        <source>Load outputs</source>
        <translation>Charger les sorties</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="139"/>
        <source>Show log</source>
        <translation>Afficher le journal</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="200"/>
        <source>unknown component</source>
        <translation>composant inconnu</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="201"/>
        <source>&apos;{0}&apos; failed in {1}: {2}</source>
        <translation>« {0} » a échoué dans {1} : {2}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="68"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="208"/>
        <source>&apos;{0}&apos; failed: {1}</source>
        <translation>« {0} » a échoué : {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="216"/>
        <source>Fusion Platform: reading the failure</source>
        <translation>Fusion Platform : lecture de l'échec</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/components.py" line="72"/>
        <source>Fusion Platform: loading components</source>
        <translation>Fusion Platform : chargement des composants</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="77"/>
        <source>Log of &apos;{0}&apos;</source>
        <translation>Journal de « {0} »</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="83"/>
        <source>Fusion Platform: reading the log</source>
        <translation>Fusion Platform : lecture du journal</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="83"/>
        <source>Could not read the log: {0}</source>
        <translation>Impossible de lire le journal : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="113"/>
        <source>Fusion Platform: stopping</source>
        <translation>Fusion Platform : arrêt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="113"/>
        <source>Could not stop: {0}</source>
        <translation>Impossible d'arrêter : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="131"/>
        <source>Delete this execution and its outputs on the Fusion Platform?</source>
        <translation>Supprimer cette exécution et ses sorties sur Fusion Platform ?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="155"/>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="158"/>
        <source>Fusion Platform: deleting executions</source>
        <translation>Fusion Platform : suppression des exécutions</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="158"/>
        <source>Could not delete: {0}</source>
        <translation>Impossible de supprimer : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.py" line="366"/>
        <source>The deletion date must be in the future.</source>
        <translation>La date de suppression doit être dans le futur.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="174"/>
        <source>Outputs will be kept until {0}.</source>
        <translation>Les sorties seront conservées jusqu'au {0}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="179"/>
        <source>Fusion Platform: changing the deletion date</source>
        <translation>Fusion Platform : modification de la date de suppression</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="179"/>
        <source>Could not change the date: {0}</source>
        <translation>Impossible de modifier la date : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="155"/>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="159"/>
        <source>Could not load the outputs: {0}</source>
        <translation>Impossible de charger les sorties : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/results.py" line="239"/>
        <source>Fusion Platform: downloading outputs of &apos;{0}&apos;</source>
        <translation>Fusion Platform : téléchargement des sorties de « {0} »</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="86"/>
        <source>{0} and above</source>
        <translation>{0} et plus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="86"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="96"/>
        <source>Save log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="96"/>
        <source>Text files (*.txt *.log)</source>
        <translation>Fichiers texte (*.txt *.log)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="23"/>
        <source>at least {0} characters</source>
        <translation>au moins {0} caractères</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="24"/>
        <source>an upper-case letter</source>
        <translation>une majuscule</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="25"/>
        <source>a lower-case letter</source>
        <translation>une minuscule</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="26"/>
        <source>a digit</source>
        <translation>un chiffre</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="27"/>
        <source>a symbol (for example ! or #)</source>
        <translation>un symbole (par exemple ! ou #)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="35"/>
        <source>The new password meets the policy.</source>
        <translation>Le nouveau mot de passe respecte la politique de sécurité.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="36"/>
        <source>The new password needs {0}.</source>
        <translation>Le nouveau mot de passe doit contenir {0}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="69"/>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="73"/>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="75"/>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l'actuel.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="89"/>
        <source>Input {0}</source>
        <translation>Entrée {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_inputs.py" line="60"/>
        <source>QGIS layer</source>
        <translation>Couche QGIS</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_inputs.py" line="61"/>
        <source>Platform data</source>
        <translation>Données de la plateforme</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_inputs.py" line="69"/>
        <source>Data on the platform that this input accepts ({0})</source>
        <translation>Données de la plateforme acceptées par cette entrée ({0})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_inputs.py" line="139"/>
        <source>(choose data)</source>
        <translation>(choisir des données)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="63"/>
        <source>Service: {0}</source>
        <translation>Service : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="130"/>
        <source>New process: {0}</source>
        <translation>Nouveau processus : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="131"/>
        <source>{0} process</source>
        <translation>Processus {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="138"/>
        <source>Loading the template of {0}</source>
        <translation>Chargement du modèle de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="158"/>
        <source>Loading process {0}</source>
        <translation>Chargement du processus {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="179"/>
        <source>Copying process {0}</source>
        <translation>Copie du processus {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="190"/>
        <source>Listing platform data</source>
        <translation>Liste des données de la plateforme</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="412"/>
        <source>Process: {0}</source>
        <translation>Processus : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="411"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="235"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="244"/>
        <source>The process is executing: the platform lets nothing change until it is stopped.</source>
        <translation>Le processus est en cours d'exécution : la plateforme n'autorise aucune modification tant qu'il n'est pas arrêté.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="248"/>
        <source>Stop the process first: only a stopped process may be changed.</source>
        <translation>Arrêtez d'abord le processus : seul un processus arrêté peut être modifié.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="250"/>
        <source>This process has already run: the platform only lets you change its name and schedule. Copy the process to change anything else.</source>
        <translation>Ce processus a déjà été exécuté : la plateforme ne permet de modifier que son nom et sa planification. Copiez le processus pour modifier autre chose.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="259"/>
        <source>A name for this process, shown in the Processes dock</source>
        <translation>Un nom pour ce processus, affiché dans le panneau Processus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="295"/>
        <source>A process needs a name</source>
        <translation>Un processus doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="300"/>
        <source>Choose a layer or platform data for this input</source>
        <translation>Choisissez une couche ou des données de la plateforme pour cette entrée</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="333"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Veuillez corriger les champs marqués en rouge.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="346"/>
        <source>Some values need attention before the process can be created.</source>
        <translation>Certaines valeurs doivent être vérifiées avant de pouvoir créer le processus.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/process.py" line="95"/>
        <source>The chosen data no longer exists</source>
        <translation>Les données choisies n'existent plus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="415"/>
        <source>Created on the platform. Check the price, then Execute.</source>
        <translation>Créé sur la plateforme. Vérifiez le prix, puis cliquez sur Exécuter.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="420"/>
        <source>Creating process {0}</source>
        <translation>Création du processus {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="447"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="450"/>
        <source>Saving process {0}</source>
        <translation>Enregistrement du processus {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="491"/>
        <source>Reading the credit balance</source>
        <translation>Lecture du solde de crédits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="67"/>
        <source>Price: {0} credits per run</source>
        <translation>Prix : {0} crédits par exécution</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="488"/>
        <source>Balance: {0} credits</source>
        <translation>Solde : {0} crédits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="497"/>
        <source>Create the process first: the platform checks it and sets its price.</source>
        <translation>Créez d'abord le processus : la plateforme le vérifie et fixe son prix.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="499"/>
        <source>The process is already executing.</source>
        <translation>Le processus est déjà en cours d'exécution.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="501"/>
        <source>Not enough credits: the process costs {0} credits but the organisation has {1}.</source>
        <translation>Crédits insuffisants : le processus coûte {0} crédits, mais l'organisation n'en a que {1}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="505"/>
        <source>Reading the organisation's credit balance…</source>
        <translation>Lecture du solde de crédits de l'organisation…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="508"/>
        <source>Start the process on the platform</source>
        <translation>Démarrer le processus sur la plateforme</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="530"/>
        <source>Executing: follow it in the Executions dock.</source>
        <translation>Exécution en cours : suivez-la dans le panneau Exécutions.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="537"/>
        <source>Executing process {0}</source>
        <translation>Exécution du processus {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="569"/>
        <source>The platform refused the process:</source>
        <translation>La plateforme a refusé le processus :</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="108"/>
        <source>Type a name for the preset first.</source>
        <translation>Saisissez d'abord un nom pour le préréglage.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="114"/>
        <source>The preset was not saved: {0}</source>
        <translation>Le préréglage n'a pas été enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="117"/>
        <source>Preset &apos;{0}&apos; saved.</source>
        <translation>Préréglage « {0} » enregistré.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="123"/>
        <source>There is no preset named &apos;{0}&apos; for this service.</source>
        <translation>Il n'existe aucun préréglage nommé « {0} » pour ce service.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="143"/>
        <source>The layer &apos;{0}&apos; of this preset is not in the project.</source>
        <translation>La couche « {0} » de ce préréglage n'est pas dans le projet.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="150"/>
        <source>Preset &apos;{0}&apos; loaded.</source>
        <translation>Préréglage « {0} » chargé.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="97"/>
        <source>The equivalent Python script is on the clipboard (the password is not in it).</source>
        <translation>Le script Python équivalent est dans le presse-papiers (le mot de passe n'y figure pas).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="40"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="47"/>
        <source>Executing</source>
        <translation>En cours d'exécution</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="53"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="73"/>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="73"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="254"/>
        <source>Log in from the Account dock to see your processes.</source>
        <translation>Connectez-vous depuis le panneau Compte pour voir vos processus.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="287"/>
        <source>Loading processes…</source>
        <translation>Chargement des processus…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="308"/>
        <source>Could not load the processes: {0}</source>
        <translation>Impossible de charger les processus : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="313"/>
        <source>Loading Fusion Platform processes</source>
        <translation>Chargement des processus Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="397"/>
        <source>The process is already executing</source>
        <translation>Le processus est déjà en cours d'exécution</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="397"/>
        <source>Start the process now</source>
        <translation>Démarrer le processus maintenant</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="401"/>
        <source>Stop future runs and abort running executions</source>
        <translation>Arrêter les exécutions futures et interrompre celles en cours</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="401"/>
        <source>Only an executing process can be stopped</source>
        <translation>Seul un processus en cours d'exécution peut être arrêté</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="431"/>
        <source>{0} (copy)</source>
        <translation>{0} (copie)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="476"/>
        <source>Executing {0}</source>
        <translation>Exécution de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="476"/>
        <source>{0} is executing.</source>
        <translation>{0} est en cours d'exécution.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="498"/>
        <source>Stopping {0}</source>
        <translation>Arrêt de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="498"/>
        <source>{0} stopped.</source>
        <translation>{0} arrêté.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="506"/>
        <source>Delete the process &apos;{0}&apos; with all its executions and their outputs? This cannot be undone.</source>
        <translation>Supprimer le processus « {0} » avec toutes ses exécutions et leurs sorties ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="512"/>
        <source>Deleting {0}</source>
        <translation>Suppression de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="512"/>
        <source>{0} deleted.</source>
        <translation>{0} supprimé.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="60"/>
        <source>from {0} to {1}</source>
        <translation>de {0} à {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="64"/>
        <source>default {0}</source>
        <translation>par défaut {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="69"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="69"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="78"/>
        <source>Categories: {0}</source>
        <translation>Catégories : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="80"/>
        <source>Keywords: {0}</source>
        <translation>Mots-clés : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="112"/>
        <source>Dispatchers: {0}</source>
        <translation>Envois : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="124"/>
        <source>The exact price is shown when the process is created, before anything runs.</source>
        <translation>Le prix exact est indiqué à la création du processus, avant toute exécution.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="132"/>
        <source>The price is shown when the process is created.</source>
        <translation>Le prix est indiqué à la création du processus.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="168"/>
        <source>Log in from the Account dock to browse services.</source>
        <translation>Connectez-vous depuis le panneau Compte pour parcourir les services.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="180"/>
        <source>Loading services…</source>
        <translation>Chargement des services…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="200"/>
        <source>Could not load the services: {0}</source>
        <translation>Impossible de charger les services : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="205"/>
        <source>Loading Fusion Platform services</source>
        <translation>Chargement des services Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="221"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="300"/>
        <source>Loading the definition of {0}</source>
        <translation>Chargement de la définition de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.py" line="28"/>
        <source>STAC metadata of {0}</source>
        <translation>Métadonnées STAC de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.py" line="46"/>
        <source>Save STAC files to</source>
        <translation>Enregistrer les fichiers STAC dans</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="76"/>
        <source>Syntax error at column {0}: {1}</source>
        <translation>Erreur de syntaxe à la colonne {0} : {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="79"/>
        <source>&apos;{0}&apos; is not allowed in a condition</source>
        <translation>« {0} » n'est pas autorisé dans une condition</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="82"/>
        <source>Only the functions {0} may be called</source>
        <translation>Seules les fonctions {0} peuvent être appelées</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="89"/>
        <source>Unknown name &apos;{0}&apos; (use inputs, input_n_files, input_n_file_m_name, input_n_file_m_lines or dispatching_service_name)</source>
        <translation>Nom inconnu « {0} » (utilisez inputs, input_n_files, input_n_file_m_name, input_n_file_m_lines ou dispatching_service_name)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="100"/>
        <source>Dispatcher</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="142"/>
        <source>This service offers no dispatchers.</source>
        <translation>Ce service ne propose aucun envoi.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="93"/>
        <source>Give this option a value (unchecked: no value)</source>
        <translation>Donner une valeur à cette option (décoché : aucune valeur)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="196"/>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>« {0} » n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="199"/>
        <source>{0} is outside the allowed range {1} to {2}</source>
        <translation>{0} est hors de la plage autorisée, de {1} à {2}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="212"/>
        <source>credits</source>
        <translation>crédits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="233"/>
        <source>&apos;{0}&apos; is not true or false</source>
        <translation>« {0} » n'est ni vrai ni faux</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="282"/>
        <source>{0} is outside the allowed dates</source>
        <translation>{0} est en dehors des dates autorisées</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="321"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="333"/>
        <source>&apos;{0}&apos; is not one of the choices</source>
        <translation>« {0} » ne fait pas partie des choix</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="428"/>
        <source>Advanced options</source>
        <translation>Options avancées</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="475"/>
        <source>Not used while {0} is {1}</source>
        <translation>Non utilisé tant que {0} vaut {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="521"/>
        <source>{0} must not be before {1}</source>
        <translation>{0} ne doit pas être antérieur à {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="76"/>
        <source>Run once, now</source>
        <translation>Exécuter une fois, maintenant</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="78"/>
        <source>Run once, at a time</source>
        <translation>Exécuter une fois, à une date donnée</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="80"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="103"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="116"/>
        <source>Every</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="122"/>
        <source>How many runs in total (the platform counts them down)</source>
        <translation>Nombre total d'exécutions (la plateforme les décompte)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="123"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="126"/>
        <source>Until</source>
        <translation>Jusqu'au</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="135"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="269"/>
        <source>The end must not be before the start</source>
        <translation>La fin ne doit pas être antérieure au début</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="112"/>
        <source>Runs on the Fusion Platform; the price in credits is reported before execution.</source>
        <translation>S'exécute sur Fusion Platform ; le prix en crédits est indiqué avant l'exécution.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="118"/>
        <source>Input {0} ({1})</source>
        <translation>Entrée {0} ({1})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="134"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="220"/>
        <source>Input {0} needs a raster layer.</source>
        <translation>L'entrée {0} nécessite une couche raster.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="224"/>
        <source>Input {0} has no features.</source>
        <translation>L'entrée {0} ne contient aucune entité.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="258"/>
        <source>The service is no longer available to this organisation.</source>
        <translation>Le service n'est plus disponible pour cette organisation.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="60"/>
        <source>Uploading input {0}…</source>
        <translation>Téléversement de l'entrée {0}…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="74"/>
        <source>Price: {0} credits.</source>
        <translation>Prix : {0} crédits.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="148"/>
        <source>Cancelled: the process was stopped on the platform.</source>
        <translation>Annulé : le processus a été arrêté sur la plateforme.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="55"/>
        <source>Execution failed: {0}</source>
        <translation>Échec de l'exécution : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="481"/>
        <source>The execution did not start within 15 minutes.</source>
        <translation>L'exécution n'a pas démarré dans les 15 minutes.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="241"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="56"/>
        <source>Could not refresh the Processing algorithms: {0}</source>
        <translation>Impossible d'actualiser les algorithmes de Traitements : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="58"/>
        <source>Fusion Platform: loading service definitions</source>
        <translation>Fusion Platform : chargement des définitions de services</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="85"/>
        <source>Skipping service {0}: {1}</source>
        <translation>Service {0} ignoré : {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/session.py" line="34"/>
        <source>Not connected: log in from the Fusion Platform Account dock with &apos;Remember me&apos; ticked, so that Processing can connect with the saved credentials (for qgis_process, set FUSION_PLATFORM_EMAIL and FUSION_PLATFORM_PASSWORD).</source>
        <translation>Non connecté : connectez-vous depuis le panneau Compte de Fusion Platform avec « Se souvenir de moi » coché, afin que les Traitements puissent se connecter avec les identifiants enregistrés (pour qgis_process, définissez FUSION_PLATFORM_EMAIL et FUSION_PLATFORM_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/session.py" line="43"/>
        <source>This account belongs to no organisation.</source>
        <translation>Ce compte n'appartient à aucune organisation.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="133"/>
        <source>The operation was cancelled.</source>
        <translation>L'opération a été annulée.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="145"/>
        <source>Wrong e-mail address, user id or password. Check them and try again.</source>
        <translation>Adresse e-mail, identifiant ou mot de passe incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="149"/>
        <source>Your Fusion Platform session has expired. Please log in again.</source>
        <translation>Votre session Fusion Platform a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="152"/>
        <source>A secure (TLS) connection to {0} could not be established: its certificate is not trusted. If your organisation uses its own certificate authority, add it in QGIS&apos;s SSL/authentication settings.</source>
        <translation>Impossible d'établir une connexion sécurisée (TLS) avec {0} : son certificat n'est pas approuvé. Si votre organisation utilise sa propre autorité de certification, ajoutez-la dans les paramètres SSL / d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="171"/>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="162"/>
        <source>Cannot reach {0} through the proxy {1}. Check the proxy in QGIS&apos;s network settings and your connection.</source>
        <translation>Impossible de joindre {0} via le proxy {1}. Vérifiez le proxy dans les paramètres réseau de QGIS, ainsi que votre connexion.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="167"/>
        <source>{0} did not answer in time. Try again later, or raise the timeout in QGIS&apos;s network settings.</source>
        <translation>{0} n'a pas répondu à temps. Réessayez plus tard, ou augmentez le délai d'attente dans les paramètres réseau de QGIS.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="169"/>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="171"/>
        <source>Cannot reach {0}. Check the address and your network connection.</source>
        <translation>Impossible de joindre {0}. Vérifiez l'adresse et votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="197"/>
        <source>The Fusion Platform reported an error: {0}</source>
        <translation>Fusion Platform a signalé une erreur : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="185"/>
        <source>Not enough credits: {0}</source>
        <translation>Crédits insuffisants : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="187"/>
        <source>You are not allowed to do this: {0}</source>
        <translation>Vous n'êtes pas autorisé à effectuer cette action : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="191"/>
        <source>Not found: {0}</source>
        <translation>Introuvable : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="193"/>
        <source>The Fusion Platform refused the request: {0}</source>
        <translation>Fusion Platform a refusé la requête : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="198"/>
        <source>Unexpected error: {0}</source>
        <translation>Erreur inattendue : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/session/connect.py" line="176"/>
        <source>Connecting to {0}</source>
        <translation>Connexion à {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/item_layers.py" line="89"/>
        <source>The data item &apos;{0}&apos; has no files.</source>
        <translation>Le jeu de données « {0} » n'a aucun fichier.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/item_layers.py" line="146"/>
        <source>QGIS cannot open the downloaded file {0} ({1}).</source>
        <translation>QGIS ne peut pas ouvrir le fichier téléchargé {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/item_layers.py" line="173"/>
        <source>Adding {0} to the map</source>
        <translation>Ajout de {0} à la carte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/provenance.py" line="43"/>
        <source>Produced by the Fusion Platform.</source>
        <translation>Produit par Fusion Platform.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="100"/>
        <source>defaults</source>
        <translation>valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="72"/>
        <source>Started: {0}</source>
        <translation>Début : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="74"/>
        <source>Ended: {0}</source>
        <translation>Fin : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_layers.py" line="156"/>
        <source>{0} hillshade</source>
        <translation>{0} (ombrage)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_layers.py" line="256"/>
        <source>Slices</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_layers.py" line="290"/>
        <source>{0} slice {1}</source>
        <translation>{0} tranche {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/common.py" line="114"/>
        <source>Give the data item a name.</source>
        <translation>Donnez un nom au jeu de données.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/common.py" line="117"/>
        <source>The name &apos;{0}&apos; contains non-ASCII characters, which some platform services cannot handle. Use &apos;{1}&apos; instead?</source>
        <translation>Le nom « {0} » contient des caractères non ASCII, que certains services de la plateforme ne savent pas traiter. Utiliser « {1} » à la place ?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/common.py" line="150"/>
        <source>{0} has no coordinate reference system, so its position on Earth is unknown. Set its CRS (Layer Properties › Source) and try again.</source>
        <translation>{0} n'a pas de système de coordonnées de référence : sa position sur la Terre est donc inconnue. Définissez son SCR (Propriétés de la couche › Source) et réessayez.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/common.py" line="158"/>
        <source>{0} uses an unknown coordinate reference system. Set its CRS (Layer Properties › Source) and try again.</source>
        <translation>{0} utilise un système de coordonnées de référence inconnu. Définissez son SCR (Propriétés de la couche › Source) et réessayez.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="66"/>
        <source>The layer is not valid or its data source is missing.</source>
        <translation>La couche n'est pas valide ou sa source de données est manquante.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="71"/>
        <source>No features are selected in &apos;{0}&apos;. Select the features to upload, or upload the whole layer.</source>
        <translation>Aucune entité n'est sélectionnée dans « {0} ». Sélectionnez les entités à téléverser, ou téléversez toute la couche.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="202"/>
        <source>The layer &apos;{0}&apos;</source>
        <translation>La couche « {0} »</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="206"/>
        <source>no geometry</source>
        <translation>aucune géométrie</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="207"/>
        <source>The layer '{0}' holds {1}, but a region must be made of polygons. Choose a polygon layer, or buffer the features first (Vector › Geoprocessing › Buffer).</source>
        <translation>La couche « {0} » contient : {1} ; or une région doit être constituée de polygones. Choisissez une couche de polygones, ou appliquez d'abord un tampon aux entités (Vecteur › Outils de géotraitement › Tampon).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="325"/>
        <source>None of the chosen features of &apos;{0}&apos; is a polygon.</source>
        <translation>Aucune des entités choisies de « {0} » n'est un polygone.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="327"/>
        <source>The layer &apos;{0}&apos; has no features with a geometry to upload. Add or select some features first.</source>
        <translation>La couche « {0} » n'a aucune entité avec une géométrie à téléverser. Ajoutez ou sélectionnez d'abord des entités.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="172"/>
        <source>The region from &apos;{0}&apos; would be {1}, more than the {2} recommended for a region. Simplify the geometries (removes detail finer than about 1/5000 of the region&apos;s size)?</source>
        <translation>La région issue de « {0} » ferait {1}, plus que les {2} recommandés pour une région. Simplifier les géométries (supprime les détails plus fins qu'environ 1/5000 de la taille de la région) ?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="348"/>
        <source>Nothing was drawn. Draw at least three points, or drag a rectangle.</source>
        <translation>Rien n'a été dessiné. Dessinez au moins trois points, ou tracez un rectangle par glisser-déposer.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="351"/>
        <source>The map</source>
        <translation>La carte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="356"/>
        <source>The drawn shape has no area. Draw a polygon with at least three distinct corners.</source>
        <translation>La forme dessinée n'a pas de surface. Dessinez un polygone d'au moins trois sommets distincts.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="366"/>
        <source>The drawn polygon crosses itself and cannot be repaired. Draw it again.</source>
        <translation>Le polygone dessiné se recoupe et ne peut pas être réparé. Dessinez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="30"/>
        <source>The raster layer is not valid or its file is missing.</source>
        <translation>La couche raster n'est pas valide ou son fichier est manquant.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="50"/>
        <source>The raster &apos;{0}&apos;</source>
        <translation>Le raster « {0} »</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="54"/>
        <source>The raster '{0}' comes from a web service ({1}); save it as a GeoTIFF first (Export › Save As…), then upload that.</source>
        <translation>Le raster « {0} » provient d'un service web ({1}) ; enregistrez-le d'abord en GeoTIFF (Exporter › Sauvegarder sous…), puis téléversez ce fichier.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="75"/>
        <source>The raster &apos;{0}&apos; could not be exported to GeoTIFF.</source>
        <translation>Le raster « {0} » n'a pas pu être exporté en GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="81"/>
        <source>&apos;{0}&apos; was exported to GeoTIFF for the upload.</source>
        <translation>« {0} » a été exporté en GeoTIFF pour le téléversement.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="85"/>
        <source>The file {0} does not exist.</source>
        <translation>Le fichier {0} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="90"/>
        <source>{0}: files of type &apos;{1}&apos; cannot be uploaded. Use GeoJSON, KML, KMZ, GeoTIFF, CSV, GeoPackage or a Shapefile.</source>
        <translation>{0} : les fichiers de type « {1} » ne peuvent pas être téléversés. Utilisez GeoJSON, KML, KMZ, GeoTIFF, CSV, GeoPackage ou un Shapefile.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="90"/>
        <source>(no extension)</source>
        <translation>(sans extension)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="102"/>
        <source>The file {0} is empty.</source>
        <translation>Le fichier {0} est vide.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="107"/>
        <source>The Shapefile {0} is missing {1}; copy the whole set of files (.shp, .shx, .dbf, .prj) together.</source>
        <translation>Il manque {1} au Shapefile {0} ; copiez ensemble tous ses fichiers (.shp, .shx, .dbf, .prj).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="119"/>
        <source>The Shapefile {0} has no .prj file, so its coordinate system is unknown. Open it in QGIS, set its CRS and upload the layer instead.</source>
        <translation>Le Shapefile {0} n'a pas de fichier .prj : son système de coordonnées est donc inconnu. Ouvrez-le dans QGIS, définissez son SCR et téléversez plutôt la couche.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="140"/>
        <source>{0} cannot be read as {1}.</source>
        <translation>{0} ne peut pas être lu comme {1}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="144"/>
        <source>{0} contains no features.</source>
        <translation>{0} ne contient aucune entité.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="173"/>
        <source>{0} is not a readable GeoPackage.</source>
        <translation>{0} n'est pas un GeoPackage lisible.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="182"/>
        <source>The GeoPackage {0} contains no features.</source>
        <translation>Le GeoPackage {0} ne contient aucune entité.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="186"/>
        <source>The GeoPackage {0} has no coordinate reference system. Open it in QGIS, set its CRS and upload the layer instead.</source>
        <translation>Le GeoPackage {0} n'a pas de système de coordonnées de référence. Ouvrez-le dans QGIS, définissez son SCR et téléversez plutôt la couche.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="207"/>
        <source>{0} could not be converted to GeoJSON.</source>
        <translation>{0} n'a pas pu être converti en GeoJSON.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/uploads.py" line="181"/>
        <source>Upload cancelled.</source>
        <translation>Téléversement annulé.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/uploads.py" line="186"/>
        <source>The platform could not ingest &apos;{0}&apos;: {1}</source>
        <translation>La plateforme n'a pas pu intégrer « {0} » : {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="106"/>
        <source>Upload cancelled; nothing was left on the platform.</source>
        <translation>Téléversement annulé ; rien n'a été laissé sur la plateforme.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="108"/>
        <source>Check the file opens in QGIS, then upload it again.</source>
        <translation>Vérifiez que le fichier s'ouvre dans QGIS, puis téléversez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="111"/>
        <source>The platform refused the upload (HTTP {0}); nothing was kept. Try again in a moment.</source>
        <translation>La plateforme a refusé le téléversement (HTTP {0}) ; rien n'a été conservé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="116"/>
        <source>The connection to the platform broke during the upload ({0}); nothing was kept. Check your network and try again.</source>
        <translation>La connexion à la plateforme a été interrompue pendant le téléversement ({0}) ; rien n'a été conservé. Vérifiez votre réseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="122"/>
        <source>The upload failed: {0}</source>
        <translation>Le téléversement a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/uploads.py" line="367"/>
        <source>Uploading {0}</source>
        <translation>Téléversement de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="45"/>
        <source>The API address cannot contain a user name or password; enter them when you log in.</source>
        <translation>L'adresse de l'API ne peut pas contenir de nom d'utilisateur ni de mot de passe ; saisissez-les à la connexion.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="219"/>
        <source>A file could not be read or written: {0}</source>
        <translation>Un fichier n'a pas pu être lu ou écrit : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="418"/>
        <source>Fusion Platform: checking executions</source>
        <translation>Fusion Platform : vérification des exécutions</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/session/auth.py" line="66"/>
        <source>The QGIS authentication database refused to store the credentials.</source>
        <translation>La base de données d'authentification de QGIS a refusé d'enregistrer les identifiants.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/session/auth.py" line="101"/>
        <source>The QGIS authentication database refused to store the secrets.</source>
        <translation>La base de données d'authentification de QGIS a refusé d'enregistrer les secrets.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.py" line="67"/>
        <source>The STAC files could not be saved to {0}: {1}</source>
        <translation>Les fichiers STAC n'ont pas pu être enregistrés dans {0} : {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="64"/>
        <source>Previews of the outputs appear here when a finished run is selected.</source>
        <translation>Les aperçus des sorties s'affichent ici lorsqu'une exécution terminée est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="64"/>
        <source>Previews appear when the run has finished successfully.</source>
        <translation>Les aperçus s'affichent lorsque l'exécution s'est terminée avec succès.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="85"/>
        <source>Loading previews…</source>
        <translation>Chargement des aperçus…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="105"/>
        <source>Could not load the previews: {0}</source>
        <translation>Impossible de charger les aperçus : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="107"/>
        <source>Fusion Platform: fetching previews</source>
        <translation>Fusion Platform : récupération des aperçus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="117"/>
        <source>{0} #{1}</source>
        <translation>{0} nº {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="119"/>
        <source>{0}
{1} - {2}
Click to load the outputs</source>
        <translation>{0}
{1} - {2}
Cliquez pour charger les sorties</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="127"/>
        <source>The platform has no previews of these outputs.</source>
        <translation>La plateforme n'a aucun aperçu de ces sorties.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="231"/>
        <source>No layer of this project streams from the Fusion Platform.</source>
        <translation>Aucune couche de ce projet n'est diffusée en continu depuis Fusion Platform.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="236"/>
        <source>Log in from the Account dock to refresh the streamed layers.</source>
        <translation>Connectez-vous depuis le panneau Compte pour actualiser les couches diffusées en continu.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="265"/>
        <source>Could not refresh the streamed layers: {0}</source>
        <translation>Impossible d'actualiser les couches diffusées en continu : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="270"/>
        <source>Fusion Platform: renewing streamed layers</source>
        <translation>Fusion Platform : renouvellement des couches diffusées en continu</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="54"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="51"/>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="52"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/context.py" line="56"/>
        <source>You are no longer logged in: log in from the Account dock, then try again.</source>
        <translation>Vous n'êtes plus connecté : connectez-vous depuis le panneau Compte, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/downloads.py" line="253"/>
        <source>The Fusion Platform gave no download address for {0}.</source>
        <translation>La Fusion Platform n'a donné aucune adresse de téléchargement pour {0}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/downloads.py" line="426"/>
        <source>Could not build the mosaic of {0}.</source>
        <translation>Impossible de construire la mosaïque de {0}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/streaming.py" line="88"/>
        <source>The Fusion Platform gave no download address for the streamed file.</source>
        <translation>La Fusion Platform n'a donné aucune adresse de téléchargement pour le fichier diffusé en flux.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="191"/>
        <source>Your session has expired: log in again.</source>
        <translation>Votre session a expiré : reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="54"/>
        <source>Layer…</source>
        <translation>Couche…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="109"/>
        <source>Your session has expired: log in again, then continue here.</source>
        <translation>Votre session a expiré : reconnectez-vous, puis reprenez ici.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="108"/>
        <source>Selected features only ({0})</source>
        <translation>Entités sélectionnées uniquement ({0})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="112"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="113"/>
        <source>Select features of a vector layer to upload only those.</source>
        <translation>Sélectionnez des entités d'une couche vecteur pour ne téléverser qu'elles.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="123"/>
        <source>Add a polygon or raster layer to the project first.</source>
        <translation>Ajoutez d'abord une couche de polygones ou une couche raster au projet.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="242"/>
        <source>The local sandbox is a practice Fusion Platform on this computer ({0}) with synthetic data, for training and trying things out; nothing costs real credits. It must be running before you log in (the developers&apos; &apos;make run&apos; starts it). Demo account: demo@example.com.</source>
        <translation>Le bac à sable local est une Fusion Platform d'entraînement sur cet ordinateur ({0}), avec des données synthétiques, pour se former et faire des essais ; rien n'y coûte de vrais crédits. Il doit être démarré avant de vous connecter (le « make run » des développeurs le lance). Compte de démonstration : demo@example.com.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="187"/>
        <source>%n data item(s)</source>
        <translation>
            <numerusform>%n jeu de données</numerusform>
            <numerusform>%n jeux de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="223"/>
        <source>Delete these %n data items from the platform? This cannot be undone.

{0}</source>
        <translation>
            <numerusform>Supprimer ce jeu de données (%n) de la plateforme ? Cette action est irréversible.

{0}</numerusform>
            <numerusform>Supprimer ces %n jeux de données de la plateforme ? Cette action est irréversible.

{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="250"/>
        <source>Deleted %n data item(s)</source>
        <translation>
            <numerusform>%n jeu de données supprimé</numerusform>
            <numerusform>%n jeux de données supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="268"/>
        <source>Downloaded %n file(s) to {0}</source>
        <translation>
            <numerusform>%n fichier téléchargé dans {0}</numerusform>
            <numerusform>%n fichiers téléchargés dans {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="126"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="127"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="128"/>
        <source>%n polygon(s)</source>
        <translation>
            <numerusform>%n polygone</numerusform>
            <numerusform>%n polygones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="264"/>
        <source>%n run(s), {0} running</source>
        <translation>
            <numerusform>%n exécution, {0} en cours</numerusform>
            <numerusform>%n exécutions, {0} en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="387"/>
        <source>{0} (group of %n slice(s) + aggregator)</source>
        <translation>
            <numerusform>{0} (groupe de %n tranche + agrégateur)</numerusform>
            <numerusform>{0} (groupe de %n tranches + agrégateur)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="167"/>
        <source>Run stopped: {0}</source>
        <translation>Exécution arrêtée : {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="133"/>
        <source>%n preview(s) (nothing downloaded yet): click one to load the outputs.</source>
        <translation>
            <numerusform>%n aperçu (rien n'est encore téléchargé) : cliquez dessus pour charger les sorties.</numerusform>
            <numerusform>%n aperçus (rien n'est encore téléchargé) : cliquez sur l'un d'eux pour charger les sorties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="131"/>
        <source>Delete these %n executions (the whole group) and their outputs on the Fusion Platform?</source>
        <translation>
            <numerusform>Supprimer cette exécution (%n, tout le groupe) et ses sorties sur la Fusion Platform ?</numerusform>
            <numerusform>Supprimer ces %n exécutions (tout le groupe) et leurs sorties sur la Fusion Platform ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="258"/>
        <source>Renewed the signed URLs of %n streamed layer(s).</source>
        <translation>
            <numerusform>URL signée renouvelée pour %n couche diffusée.</numerusform>
            <numerusform>URL signées renouvelées pour %n couches diffusées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="110"/>
        <source>{0} of %n line(s)</source>
        <translation>
            <numerusform>{0} sur %n ligne</numerusform>
            <numerusform>{0} sur %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="327"/>
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n processus</numerusform>
            <numerusform>%n processus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="62"/>
        <source>at most %n character(s)</source>
        <translation>
            <numerusform>au plus %n caractère</numerusform>
            <numerusform>au plus %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="190"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/stac_dialog.py" line="73"/>
        <source>Saved %n file(s) to {0}</source>
        <translation>
            <numerusform>%n fichier enregistré dans {0}</numerusform>
            <numerusform>%n fichiers enregistrés dans {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="175"/>
        <source>This address is on your own computer: if it is the local sandbox (a practice Fusion Platform), it is not running; start it first (developers: &apos;make run&apos;).</source>
        <translation>Cette adresse est sur votre propre ordinateur : s'il s'agit du bac à sable local (une Fusion Platform d'entraînement), il n'est pas démarré ; lancez-le d'abord (développeurs : « make run »).</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_layers.py" line="262"/>
        <source>{0} (mosaic of %n slice(s))</source>
        <translation>
            <numerusform>{0} (mosaïque de %n tranche)</numerusform>
            <numerusform>{0} (mosaïque de %n tranches)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="291"/>
        <source>'{0}' has invalid geometries in %n feature(s) (feature ids: {1}). Repair them automatically (makeValid), or fix them with Vector › Geometry Tools › Check Validity.</source>
        <translation>
            <numerusform>« {0} » a une géométrie invalide dans %n entité (identifiants : {1}). Réparez-la automatiquement (makeValid), ou corrigez-la avec Vecteur › Outils de géométrie › Vérifier la validité.</numerusform>
            <numerusform>« {0} » a des géométries invalides dans %n entités (identifiants : {1}). Réparez-les automatiquement (makeValid), ou corrigez-les avec Vecteur › Outils de géométrie › Vérifier la validité.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="309"/>
        <source>In &apos;{0}&apos;, %n feature(s) could not be repaired into valid polygons (feature ids: {1}). Edit or delete them, then upload again.</source>
        <translation>
            <numerusform>Dans « {0} », %n entité n'a pas pu être réparée en polygone valide (identifiants : {1}). Modifiez-la ou supprimez-la, puis téléversez à nouveau.</numerusform>
            <numerusform>Dans « {0} », %n entités n'ont pas pu être réparées en polygones valides (identifiants : {1}). Modifiez-les ou supprimez-les, puis téléversez à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="59"/>
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n crédit</numerusform>
            <numerusform>%n crédits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="66"/>
        <source>one of: {0}</source>
        <translation>au choix : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="68"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="69"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="70"/>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="71"/>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="74"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="116"/>
        <source>Depends on the region and the options.</source>
        <translation>Dépend de la région et des options.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="119"/>
        <source>Free.</source>
        <translation>Gratuit.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="121"/>
        <source>{0} per run.</source>
        <translation>{0} par exécution.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="123"/>
        <source>{0} per km² of the region.</source>
        <translation>{0} par km² de la région.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="124"/>
        <source>{0} per run plus {1} per km² of the region.</source>
        <translation>{0} par exécution plus {1} par km² de la région.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="107"/>
        <source>Price: {0}</source>
        <translation>Prix : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="83"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="83"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="32"/>
        <source>Could not load: {0}</source>
        <translation>Impossible de charger : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="137"/>
        <source>Log in from the Account panel</source>
        <translation>Connectez-vous depuis le panneau Compte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="138"/>
        <source>The Fusion Platform&apos;s data and processes appear here once you are logged in.</source>
        <translation>Les données et les processus de Fusion Platform apparaissent ici une fois connecté.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="189"/>
        <source>Nothing here yet</source>
        <translation>Rien pour l'instant</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="224"/>
        <source>Could not load more: {0}</source>
        <translation>Impossible d'en charger davantage : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="226"/>
        <source>Fusion Platform: loading more</source>
        <translation>Fusion Platform : chargement de la suite</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="232"/>
        <source>More…</source>
        <translation>Plus…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="234"/>
        <source>Double-click to list the next page</source>
        <translation>Double-cliquez pour afficher la page suivante</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="242"/>
        <source>Load more</source>
        <translation>Charger la suite</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/provider.py" line="32"/>
        <source>The organisations, data and processes of the Fusion Platform account you are logged in to</source>
        <translation>Les organisations, données et processus du compte Fusion Platform auquel vous êtes connecté</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="35"/>
        <source>No data yet: upload some from the Data panel</source>
        <translation>Aucune donnée pour l'instant : téléversez-en depuis le panneau Données</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="48"/>
        <source>No processes yet: define one from the Services panel</source>
        <translation>Aucun processus pour l'instant : définissez-en un depuis le panneau Services</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="64"/>
        <source>Data item {0}</source>
        <translation>Jeu de données {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="84"/>
        <source>No files</source>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="195"/>
        <source>Add to map</source>
        <translation>Ajouter à la carte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="195"/>
        <source>Download to…</source>
        <translation>Télécharger dans…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="334"/>
        <source>Copy id</source>
        <translation>Copier l'identifiant</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="137"/>
        <source>Show in the Data panel</source>
        <translation>Afficher dans le panneau Données</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="186"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="103"/>
        <source>Load as time series</source>
        <translation>Charger en série temporelle</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="112"/>
        <source>No executions yet</source>
        <translation>Aucune exécution pour l'instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="136"/>
        <source>{0} — group of %n execution(s) — {1}</source>
        <translation>
            <numerusform>{0} — groupe de %n exécution — {1}</numerusform>
            <numerusform>{0} — groupe de %n exécutions — {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="156"/>
        <source>Execution {0}</source>
        <translation>Exécution {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="334"/>
        <source>Add outputs to map</source>
        <translation>Ajouter les sorties à la carte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="182"/>
        <source>Download outputs to…</source>
        <translation>Télécharger les sorties dans…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="334"/>
        <source>Open the log</source>
        <translation>Ouvrir le journal</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_tree.py" line="279"/>
        <source>Show in the Executions panel</source>
        <translation>Afficher dans le panneau Exécutions</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="214"/>
        <source>Slice {0}</source>
        <translation>Tranche {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="249"/>
        <source>No components</source>
        <translation>Aucun composant</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="283"/>
        <source>No outputs</source>
        <translation>Aucune sortie</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="63"/>
        <source>{0} is already on the map.</source>
        <translation>{0} est déjà sur la carte.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="228"/>
        <source>You are no longer logged in: log in from the Account panel, then try again.</source>
        <translation>Vous n'êtes plus connecté : connectez-vous depuis le panneau Compte, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="89"/>
        <source>Could not add the data to the map: {0}</source>
        <translation>Impossible d'ajouter les données à la carte : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="156"/>
        <source>Download to</source>
        <translation>Télécharger dans</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="169"/>
        <source>Downloading {0}</source>
        <translation>Téléchargement de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="459"/>
        <source>Could not download: {0}</source>
        <translation>Impossible de télécharger : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="206"/>
        <source>Delete the data item &apos;{0}&apos; on the Fusion Platform?</source>
        <translation>Supprimer le jeu de données « {0} » sur Fusion Platform ?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="230"/>
        <source>The Data panel does not list this item on its current page.</source>
        <translation>Le panneau Données n'affiche pas cet élément sur sa page actuelle.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="243"/>
        <source>The outputs of this run are already on the map.</source>
        <translation>Les sorties de cette exécution sont déjà sur la carte.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="246"/>
        <source>This run has not succeeded: it has no outputs to load.</source>
        <translation>Cette exécution n'a pas réussi : elle n'a aucune sortie à charger.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="379"/>
        <source>&apos;{0}&apos; has no successful runs yet.</source>
        <translation>« {0} » n'a encore aucune exécution réussie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="385"/>
        <source>%n run(s) of &apos;{0}&apos; loaded as a time series: play them with the Temporal Controller.</source>
        <translation>
            <numerusform>%n exécution de « {0} » chargée en série temporelle : lisez-la avec le contrôleur temporel.</numerusform>
            <numerusform>%n exécutions de « {0} » chargées en série temporelle : lisez-les avec le contrôleur temporel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="394"/>
        <source>Fusion Platform: loading the time series of &apos;{0}&apos;</source>
        <translation>Fusion Platform : chargement de la série temporelle de « {0} »</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="394"/>
        <source>Could not load the time series: {0}</source>
        <translation>Impossible de charger la série temporelle : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="431"/>
        <source>A new run of &apos;{0}&apos; joined its time series.</source>
        <translation>Une nouvelle exécution de « {0} » a rejoint sa série temporelle.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="436"/>
        <source>Fusion Platform: adding a run to the time series of &apos;{0}&apos;</source>
        <translation>Fusion Platform : ajout d'une exécution à la série temporelle de « {0} »</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="436"/>
        <source>Could not add the run to the time series: {0}</source>
        <translation>Impossible d'ajouter l'exécution à la série temporelle : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="446"/>
        <source>Download outputs to</source>
        <translation>Télécharger les sorties dans</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="457"/>
        <source>Outputs downloaded to {0}</source>
        <translation>Sorties téléchargées dans {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="459"/>
        <source>Downloading outputs</source>
        <translation>Téléchargement des sorties</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="88"/>
        <source>No features are selected in &apos;{0}&apos;.</source>
        <translation>Aucune entité n'est sélectionnée dans « {0} ».</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="89"/>
        <source>Selection of {0}</source>
        <translation>Sélection de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="134"/>
        <source>Run again…</source>
        <translation>Exécuter à nouveau…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="135"/>
        <source>Run again on the selected features…</source>
        <translation>Exécuter à nouveau sur les entités sélectionnées…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="140"/>
        <source>Run again on a polygon drawn on the map…</source>
        <translation>Exécuter à nouveau sur un polygone dessiné sur la carte…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="303"/>
        <source>This layer was not made by a Fusion Platform run.</source>
        <translation>Cette couche ne provient pas d'une exécution Fusion Platform.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="410"/>
        <source>The process &apos;{0}&apos; no longer exists on the platform.</source>
        <translation>Le processus « {0} » n'existe plus sur la plateforme.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="249"/>
        <source>Could not run again: {0}</source>
        <translation>Impossible d'exécuter à nouveau : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="251"/>
        <source>Fusion Platform: finding the process</source>
        <translation>Fusion Platform : recherche du processus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="267"/>
        <source>Run again: the options of &apos;{0}&apos; are filled in; change the region if you like, then Create to see the price.</source>
        <translation>Exécuter à nouveau : les options de « {0} » sont renseignées ; changez la région si vous le souhaitez, puis cliquez sur Créer pour voir le prix.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="275"/>
        <source>{0} (run again)</source>
        <translation>{0} (nouvelle exécution)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="294"/>
        <source>Select the polygons of the new region in a layer first.</source>
        <translation>Sélectionnez d'abord les polygones de la nouvelle région dans une couche.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/time_series.py" line="146"/>
        <source>{0} (time series)</source>
        <translation>{0} (série temporelle)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="137"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="200"/>
        <source>Could not rename: {0}</source>
        <translation>Impossible de renommer : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/streaming.py" line="256"/>
        <source>Streamed through GDAL /vsicurl/ from a signed URL that expires at {0}; use &apos;Refresh streamed layers&apos; in the Executions dock to renew it. The signed URL is not saved with the project: it is removed when the project is saved and renewed when the project is opened.</source>
        <translation>Diffusée en continu par GDAL /vsicurl/ depuis une URL signée qui expire à {0} ; utilisez « Actualiser les couches diffusées » dans le panneau Exécutions pour la renouveler. L'URL signée n'est pas enregistrée avec le projet : elle est retirée à l'enregistrement du projet et renouvelée à son ouverture.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="208"/>
        <source>This project streams %n layer(s) from the Fusion Platform: log in from the Account dock, then use &apos;Refresh streamed layers&apos;.</source>
        <translation>
            <numerusform>Ce projet diffuse %n couche depuis la Fusion Platform : connectez-vous depuis le panneau Compte, puis utilisez « Actualiser les couches diffusées ».</numerusform>
            <numerusform>Ce projet diffuse %n couches depuis la Fusion Platform : connectez-vous depuis le panneau Compte, puis utilisez « Actualiser les couches diffusées ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="129"/>
        <source>%n preview(s); the outputs are on the map: click one to show them.</source>
        <translation>
            <numerusform>%n aperçu ; les sorties sont sur la carte : cliquez dessus pour les afficher.</numerusform>
            <numerusform>%n aperçus ; les sorties sont sur la carte : cliquez sur l'un d'eux pour les afficher.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="174"/>
        <source>Open the statistics table</source>
        <translation>Ouvrir la table des statistiques</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="73"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="73"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="97"/>
        <source>When the (first) run is due, in your local time</source>
        <translation>Quand la (première) exécution doit avoir lieu, dans votre heure locale</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/layer_styles.py" line="178"/>
        <source>Height ({0})</source>
        <translation>Altitude ({0})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="346"/>
        <source>{0} is downloaded: drag it again to drop it into a Processing parameter.</source>
        <translation>{0} est téléchargé : faites-le glisser à nouveau pour le déposer dans un paramètre de Processing.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="165"/>
        <source>Fusion Platform: loading more executions</source>
        <translation>Fusion Platform : chargement d’autres exécutions</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="489"/>
        <source>Fusion Platform: following a new run</source>
        <translation>Fusion Platform : suivi d’une nouvelle exécution</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="340"/>
        <source>Fusion Platform: reading an execution</source>
        <translation>Fusion Platform : lecture d’une exécution</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="327"/>
        <source>%n process(es) listed, more below</source>
        <translation>
            <numerusform>%n processus listé, d’autres plus bas</numerusform>
            <numerusform>%n processus listés, d’autres plus bas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="290"/>
        <source>Output {0}: {1}</source>
        <translation>Résultat {0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="297"/>
        <source>Added %n layer(s) to the map.</source>
        <translation>
            <numerusform>%n couche ajoutée à la carte.</numerusform>
            <numerusform>%n couches ajoutées à la carte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="53"/>
        <source>The run was stopped.</source>
        <translation>L’exécution a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="267"/>
        <source>Downloading the outputs…</source>
        <translation>Téléchargement des résultats…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="213"/>
        <source>Uploading the inputs and creating the process…</source>
        <translation>Envoi des entrées et création du processus…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="225"/>
        <source>Fusion Platform: starting {0}</source>
        <translation>Fusion Platform : lancement de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="240"/>
        <source>Following the run…</source>
        <translation>Suivi de l’exécution…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="135"/>
        <source>The folder {0} is too deep: the files would need paths longer than Windows allows ({1} characters). Nothing was downloaded; choose a shorter download folder (Settings of the plugin, or the output folder of the algorithm).</source>
        <translation>Le dossier {0} est trop profond : les fichiers auraient besoin de chemins plus longs que ce que Windows autorise ({1} caractères). Rien n'a été téléchargé ; choisissez un dossier de téléchargement plus court (paramètres de l'extension, ou dossier de sortie de l'algorithme).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_states.py" line="62"/>
        <source>Looking for the file of an interrupted upload</source>
        <translation>Recherche du fichier d'un envoi interrompu</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_states.py" line="75"/>
        <source>Resume upload</source>
        <translation>Reprendre l'envoi</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="110"/>
        <source>The outputs of &apos;{0}&apos; were being loaded when QGIS closed.</source>
        <translation>Les résultats de « {0} » étaient en cours de chargement quand QGIS s'est fermé.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="114"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="129"/>
        <source>Fusion Platform: removing partial downloads</source>
        <translation>Fusion Platform : suppression des téléchargements partiels</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="152"/>
        <source>Uploading…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="154"/>
        <source>Upload interrupted</source>
        <translation>Envoi interrompu</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="155"/>
        <source>Incomplete: its upload never finished</source>
        <translation>Incomplet : son envoi ne s'est jamais terminé</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="156"/>
        <source>Analysis failed</source>
        <translation>L'analyse a échoué</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="164"/>
        <source>The upload of this item was interrupted (QGIS closed before it finished). Resume it, or delete the item.</source>
        <translation>L'envoi de cet élément a été interrompu (QGIS s'est fermé avant la fin). Reprenez-le, ou supprimez l'élément.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="168"/>
        <source>The upload of this item was interrupted and its file or layer is no longer there: delete the item and upload it again.</source>
        <translation>L'envoi de cet élément a été interrompu et son fichier ou sa couche n'existe plus : supprimez l'élément et envoyez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="173"/>
        <source>This item&apos;s file never arrived completely on the platform: delete it and upload it again.</source>
        <translation>Le fichier de cet élément n'est jamais arrivé complètement sur la plateforme : supprimez-le et envoyez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="166"/>
        <source>On the map: {0}</source>
        <translation>Sur la carte : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="289"/>
        <source>Type: {0}</source>
        <translation>Type : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="106"/>
        <source>Stop requested: {0}</source>
        <translation>Arrêt demandé : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="396"/>
        <source>Aggregator</source>
        <translation>Agrégateur</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="398"/>
        <source>Slice {0} of {1}</source>
        <translation>Tranche {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="61"/>
        <source>Status: {0}</source>
        <translation>État : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="409"/>
        <source>Duration: {0}</source>
        <translation>Durée : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="146"/>
        <source>Finished: {0}</source>
        <translation>Terminé : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="69"/>
        <source>Already on the map: {0}</source>
        <translation>Déjà sur la carte : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="173"/>
        <source>Open table</source>
        <translation>Ouvrir la table</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="65"/>
        <source>Last run: {0}</source>
        <translation>Dernière exécution : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="131"/>
        <source>Add the styled outputs to the map</source>
        <translation>Ajouter les sorties stylées à la carte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="132"/>
        <source>Styled and grouped as the Executions dock loads them.</source>
        <translation>Stylées et groupées comme le panneau Exécutions les charge.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="519"/>
        <source>Not executed.</source>
        <translation>Non exécuté.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="474"/>
        <source>{0} was not executed.</source>
        <translation>{0} n'a pas été exécuté.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="145"/>
        <source>Run details…</source>
        <translation>Détails de l'exécution…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="115"/>
        <source>Compare with the run of…</source>
        <translation>Comparer avec l'exécution de…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="60"/>
        <source>Run details: {0}</source>
        <translation>Détails de l'exécution : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="68"/>
        <source>Copy as Python</source>
        <translation>Copier en Python</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="70"/>
        <source>The script that makes and runs this process again with the SDK&apos;s interface</source>
        <translation>Le script qui recrée et exécute ce processus avec l'interface du SDK</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="72"/>
        <source>Copy as JSON</source>
        <translation>Copier en JSON</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="103"/>
        <source>The run&apos;s details are on the clipboard as JSON.</source>
        <translation>Les détails de l'exécution sont dans le presse-papiers au format JSON.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="122"/>
        <source>Compare &apos;{0}&apos; with the run of:</source>
        <translation>Comparer « {0} » avec l'exécution de :</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="147"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="126"/>
        <source>Other run</source>
        <translation>Autre exécution</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="144"/>
        <source>No other output layer of the Fusion Platform is loaded.</source>
        <translation>Aucune autre couche de résultats de la Fusion Platform n'est chargée.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="153"/>
        <source>Both runs used the same service, options and region.</source>
        <translation>Les deux exécutions ont utilisé le même service, les mêmes options et la même région.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_tree.py" line="280"/>
        <source>Show log…</source>
        <translation>Afficher le journal…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="26"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="29"/>
        <source>Ask before any run over this many credits (0 = never ask). A run the balance cannot pay is always refused before it reaches the platform.</source>
        <translation>Demander avant toute exécution de plus de ce nombre de crédits (0 = ne jamais demander). Une exécution que le solde ne peut payer est toujours refusée avant d'atteindre la plateforme.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="103"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="39"/>
        <source>Ask before any run over</source>
        <translation>Demander avant toute exécution de plus de</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="45"/>
        <source>Log in and pick an organisation to set its threshold here.</source>
        <translation>Connectez-vous et choisissez une organisation pour fixer son seuil ici.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="63"/>
        <source> credits</source>
        <translation> crédits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="64"/>
        <source>never ask</source>
        <translation>ne jamais demander</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="55"/>
        <source>Credits spent over the last %n month(s): {0}</source>
        <translation>
            <numerusform>Crédits dépensés sur %n mois : {0}</numerusform>
            <numerusform>Crédits dépensés sur les %n derniers mois : {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="94"/>
        <source>{0}: {1} credits</source>
        <translation>{0} : {1} crédits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="102"/>
        <source>Spending</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="182"/>
        <source>This month&apos;s runs could not be read.</source>
        <translation>Les exécutions de ce mois n'ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="184"/>
        <source>Reading this month&apos;s runs</source>
        <translation>Lecture des exécutions de ce mois</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="189"/>
        <source>This month: {0} credits spent</source>
        <translation>Ce mois-ci : {0} crédits dépensés</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="191"/>
        <source>No runs this month.</source>
        <translation>Aucune exécution ce mois-ci.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="193"/>
        <source>{0}: %n run(s), {1} credits</source>
        <translation>
            <numerusform>{0} : %n exécution, {1} crédits</numerusform>
            <numerusform>{0} : %n exécutions, {1} crédits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="84"/>
        <source>Price: {0} credits</source>
        <translation>Prix : {0} crédits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="85"/>
        <source>Price: {0} credits · balance after: {1} credits</source>
        <translation>Prix : {0} crédits · solde ensuite : {1} crédits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="91"/>
        <source>the run costs {0} credits but the organisation has {1}; nothing was sent to the platform.</source>
        <translation>l'exécution coûte {0} crédits mais l'organisation n'en a que {1} ; rien n'a été envoyé à la plateforme.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="98"/>
        <source>'{0}' costs {1} credits, more than the {2} credits you asked to confirm (Options ▸ Fusion Platform). The balance after it will be {3} credits. Run it?</source>
        <translation>« {0} » coûte {1} crédits, plus que les {2} crédits au-delà desquels vous avez demandé une confirmation (Options ▸ Fusion Platform). Le solde ensuite sera de {3} crédits. L'exécuter ?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="106"/>
        <source>The run costs {0} credits, more than the {1} credits set in Options ▸ Fusion Platform for runs without confirmation. Raise the threshold or start it from the process editor. Nothing was run.</source>
        <translation>L'exécution coûte {0} crédits, plus que les {1} crédits fixés dans Options ▸ Fusion Platform pour les exécutions sans confirmation. Relevez le seuil ou lancez-la depuis l'éditeur de processus. Rien n'a été exécuté.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="206"/>
        <source>{0} credits usable for anything (runs, storage)</source>
        <translation>{0} crédits utilisables pour tout (exécutions, stockage)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="207"/>
        <source>{0} credits only for running services (any service)</source>
        <translation>{0} crédits uniquement pour exécuter des services (tout service)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="208"/>
        <source>{0} credits only for keeping outputs in cloud storage</source>
        <translation>{0} crédits uniquement pour conserver les résultats dans le stockage cloud</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="209"/>
        <source>{0} credits only for storing service images in the registry</source>
        <translation>{0} crédits uniquement pour stocker des images de services dans le registre</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="219"/>
        <source>{0} credits only for running {1}</source>
        <translation>{0} crédits uniquement pour exécuter {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="60"/>
        <source>Fusion Platform run: {0}</source>
        <translation>Exécution Fusion Platform : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="62"/>
        <source>Queued: waiting for the platform to start it.</source>
        <translation>En attente : la plateforme ne l'a pas encore démarrée.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="64"/>
        <source>Running: {0} % done.</source>
        <translation>En cours : {0} % effectués.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="66"/>
        <source>Succeeded.</source>
        <translation>Réussie.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="68"/>
        <source>Failed: {0}</source>
        <translation>Échec : {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="70"/>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="75"/>
        <source>Click to show the run in the Executions panel.</source>
        <translation>Cliquez pour afficher l'exécution dans le panneau Exécutions.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="84"/>
        <source>{0} credits (this execution&apos;s share of {1} credits for a group of {2})</source>
        <translation>{0} crédits (la part de cette exécution sur {1} crédits pour un groupe de {2})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="141"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="100"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="150"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="102"/>
        <source>Price charged</source>
        <translation>Prix facturé</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="104"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="105"/>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="106"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="152"/>
        <source>Data date</source>
        <translation>Date des données</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="108"/>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="109"/>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="118"/>
        <source>Show the run in the Executions panel</source>
        <translation>Afficher l'exécution dans le panneau Exécutions</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="122"/>
        <source>Show the process&apos;s runs in the Executions panel</source>
        <translation>Afficher les exécutions du processus dans le panneau Exécutions</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="146"/>
        <source>Option {0}</source>
        <translation>Option {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="113"/>
        <source>Count older processes too</source>
        <translation>Compter aussi les processus plus anciens</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="195"/>
        <source>(counted over the newest processes)</source>
        <translation>(compté sur les processus les plus récents)</translation>
    </message>
</context>
<context>
    <name>AccountDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="6"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="12"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="18"/>
        <source>The Fusion Platform server to connect to</source>
        <translation>Le serveur Fusion Platform auquel se connecter</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="23"/>
        <source>Add a connection to another server</source>
        <translation>Ajouter une connexion à un autre serveur</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="24"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="29"/>
        <source>Edit the selected connection</source>
        <translation>Modifier la connexion sélectionnée</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="30"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="35"/>
        <source>Remove the selected connection</source>
        <translation>Supprimer la connexion sélectionnée</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="36"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="69"/>
        <source>SSL settings…</source>
        <translation>Paramètres SSL…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="70"/>
        <source>Open QGIS&apos;s authentication and SSL settings to trust a certificate authority</source>
        <translation>Ouvrir les paramètres d'authentification et SSL de QGIS pour approuver une autorité de certification</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="75"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="76"/>
        <source>Copy the technical details (without any password or token) to the clipboard</source>
        <translation>Copier les détails techniques (sans mot de passe ni jeton) dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="81"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="98"/>
        <source>E-mail or user id</source>
        <translation>E-mail ou identifiant</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="103"/>
        <source>me@example.com</source>
        <translation>me@example.com</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="108"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="120"/>
        <source>Remember me (in the QGIS authentication database)</source>
        <translation>Se souvenir de moi (dans la base de données d'authentification de QGIS)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="125"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="131"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="159"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="167"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="174"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="180"/>
        <source>Refresh the organisation&apos;s credits</source>
        <translation>Actualiser les crédits de l'organisation</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="181"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="190"/>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="196"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="204"/>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="212"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="217"/>
        <source>+44 7700 900000</source>
        <translation>+44 7700 900000</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="224"/>
        <source>E-mail me about:</source>
        <translation>M'envoyer un e-mail concernant :</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="229"/>
        <source>Service status</source>
        <translation>L'état du service</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="234"/>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="239"/>
        <source>My processes and executions</source>
        <translation>Mes processus et exécutions</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="244"/>
        <source>New features</source>
        <translation>Les nouvelles fonctionnalités</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="249"/>
        <source>Contact from D-CAT</source>
        <translation>Les prises de contact de D-CAT</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="256"/>
        <source>Change password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="266"/>
        <source>Save details</source>
        <translation>Enregistrer les informations</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="278"/>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="283"/>
        <source>Forget me</source>
        <translation>Oublier mes identifiants</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="284"/>
        <source>Log out and remove the remembered credentials from the QGIS authentication database</source>
        <translation>Se déconnecter et supprimer les identifiants mémorisés de la base de données d'authentification de QGIS</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="6"/>
        <source>Fusion Platform connection</source>
        <translation>Connexion Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="17"/>
        <source>API address</source>
        <translation>Adresse de l'API</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="20"/>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="27"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>DataDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="6"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="14"/>
        <source>Log in from the Account dock to see your organisation&apos;s data.</source>
        <translation>Connectez-vous depuis le panneau Compte pour voir les données de votre organisation.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="22"/>
        <source>Search data…</source>
        <translation>Rechercher des données…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="28"/>
        <source>Match names that start with the text, or search all text fields</source>
        <translation>Trouver les noms qui commencent par le texte, ou chercher dans tous les champs texte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="81"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="30"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="35"/>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="36"/>
        <source>Newest first</source>
        <translation>Plus récents d'abord</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="37"/>
        <source>Oldest first</source>
        <translation>Plus anciens d'abord</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="38"/>
        <source>Name A–Z</source>
        <translation>Nom A–Z</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="39"/>
        <source>Name Z–A</source>
        <translation>Nom Z–A</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="44"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="45"/>
        <source>Reload the organisation&apos;s data</source>
        <translation>Recharger les données de l'organisation</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="80"/>
        <source>Drag a data item onto the map or the layer list to load it</source>
        <translation>Faites glisser un jeu de données sur la carte ou la liste des couches pour le charger</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="82"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="83"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="97"/>
        <source>No preview</source>
        <translation>Pas d'aperçu</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="118"/>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="62"/>
        <source>Add to map</source>
        <translation>Ajouter à la carte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="63"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="64"/>
        <source>STAC…</source>
        <translation>STAC…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="65"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="66"/>
        <source>Copy…</source>
        <translation>Copier…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="67"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="55"/>
        <source>Upload</source>
        <translation>Téléverser</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="56"/>
        <source>Upload a layer, its selection, a drawn shape, the map extent or files as a data item</source>
        <translation>Téléverser comme jeu de données une couche, sa sélection, une forme dessinée, l'emprise de la carte ou des fichiers</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="134"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="155"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="160"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="165"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="62"/>
        <source>Add the selected data to the map</source>
        <translation>Ajouter les données choisies à la carte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="63"/>
        <source>Download the selected data&apos;s files to a folder</source>
        <translation>Télécharger les fichiers des données choisies dans un dossier</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="64"/>
        <source>Show the selected item&apos;s STAC metadata</source>
        <translation>Afficher les métadonnées STAC de l'élément choisi</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="65"/>
        <source>Rename the selected item</source>
        <translation>Renommer l'élément choisi</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="66"/>
        <source>Copy the selected item on the platform</source>
        <translation>Copier l'élément choisi sur la plateforme</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="67"/>
        <source>Delete the selected data from the platform</source>
        <translation>Supprimer les données choisies de la plateforme</translation>
    </message>
</context>
<context>
    <name>ExecutionsDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="6"/>
        <source>Executions</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="26"/>
        <source>Log in from the Account dock to follow executions.</source>
        <translation>Connectez-vous depuis le panneau Compte pour suivre les exécutions.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="12"/>
        <source>Show the executions of every process of the organisation, or of one process</source>
        <translation>Afficher les exécutions de tous les processus de l'organisation, ou d'un seul processus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="18"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="19"/>
        <source>Reload the executions from the Fusion Platform</source>
        <translation>Recharger les exécutions depuis Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="130"/>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="131"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="132"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="133"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="134"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="135"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="95"/>
        <source>Components of the selected execution</source>
        <translation>Composants de l'exécution sélectionnée</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="102"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="103"/>
        <source>Runtime</source>
        <translation>Durée d'exécution</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="35"/>
        <source>Load outputs</source>
        <translation>Charger les sorties</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="47"/>
        <source>Show log</source>
        <translation>Afficher le journal</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="53"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="59"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="133"/>
        <source>Delete after</source>
        <translation>Supprimer après le</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="139"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="144"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="145"/>
        <source>Change when the platform deletes this execution (applies to its whole group)</source>
        <translation>Modifier la date à laquelle la plateforme supprime cette exécution (s'applique à tout son groupe)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="155"/>
        <source>Load outputs automatically when an execution finishes</source>
        <translation>Charger automatiquement les sorties à la fin d'une exécution</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="161"/>
        <source>Downloading outputs… %p%</source>
        <translation>Téléchargement des sorties… %p%</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="109"/>
        <source>Previews of the outputs appear here when a finished run is selected.</source>
        <translation>Les aperçus des sorties s'affichent ici lorsqu'une exécution terminée est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="115"/>
        <source>Previews of the selected run&apos;s outputs (nothing is downloaded yet): click one to load the outputs</source>
        <translation>Aperçus des sorties de l'exécution sélectionnée (rien n'est encore téléchargé) : cliquez sur l'un d'eux pour charger les sorties</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="41"/>
        <source>Load as time series</source>
        <translation>Charger en série temporelle</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="66"/>
        <source>Refresh streamed layers</source>
        <translation>Actualiser les couches diffusées</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="82"/>
        <source>More…</source>
        <translation>Plus…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="83"/>
        <source>List the runs of the next page of processes (scrolling to the bottom does it too)</source>
        <translation>Lister les exécutions de la page suivante de processus (faire défiler jusqu’en bas le fait aussi)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="36"/>
        <source>Add the outputs of the selected run to the map, styled (downloaded once)</source>
        <translation>Ajouter à la carte les sorties de l'exécution choisie, stylées (téléchargées une seule fois)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="42"/>
        <source>Load every successful run of this repeating process as dated layers in one group, for the Temporal Controller</source>
        <translation>Charger chaque exécution réussie de ce processus répété en couches datées dans un groupe, pour le contrôleur temporel</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="48"/>
        <source>Show the log of the selected run</source>
        <translation>Afficher le journal de l'exécution choisie</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="54"/>
        <source>Stop the run: running executions are aborted (partial charges apply)</source>
        <translation>Arrêter l'exécution : les exécutions en cours sont interrompues (des frais partiels s'appliquent)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="60"/>
        <source>Delete the run (or the whole group) and its outputs on the platform</source>
        <translation>Supprimer l'exécution (ou tout le groupe) et ses sorties sur la plateforme</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="67"/>
        <source>Renew the links of the layers of this project that stream their data from the platform (links expire after about an hour)</source>
        <translation>Renouveler les liens des couches de ce projet qui lisent leurs données en continu depuis la plateforme (les liens expirent après environ une heure)</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="6"/>
        <source>Execution log</source>
        <translation>Journal d'exécution</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="12"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="20"/>
        <source>Search the log…</source>
        <translation>Rechercher dans le journal…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="46"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="47"/>
        <source>Copy the lines shown to the clipboard</source>
        <translation>Copier les lignes affichées dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="52"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="53"/>
        <source>Save the lines shown to a text file</source>
        <translation>Enregistrer les lignes affichées dans un fichier texte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="58"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="10"/>
        <source>Default connection</source>
        <translation>Connexion par défaut</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="16"/>
        <source>Check executions every</source>
        <translation>Vérifier les exécutions toutes les</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="20"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="26"/>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="32"/>
        <source>Load outputs into the project automatically</source>
        <translation>Charger automatiquement les sorties dans le projet</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="35"/>
        <source>Log level</source>
        <translation>Niveau de journalisation</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="41"/>
        <source>Stream GeoTIFF outputs larger than</source>
        <translation>Diffuser en continu les sorties GeoTIFF de plus de</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="45"/>
        <source>Never (always download)</source>
        <translation>Jamais (toujours télécharger)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="46"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="51"/>
        <source>Instead of downloading them, add GeoTIFF outputs larger than this as layers read directly from the platform through GDAL&apos;s /vsicurl/ (0 = never, always download). Warning: the layer&apos;s source then holds a signed download URL - a credential that lets anyone read the file until it expires (about an hour) - but it is never saved in the project file (it is removed on save and renewed when the project is opened). Use &quot;Refresh streamed layers&quot; in the Executions dock to renew expired URLs. GDAL does the HTTP: QGIS&apos;s proxy settings are copied into GDAL&apos;s options, its extra certificates and timeout are not.</source>
        <translation>Au lieu de les télécharger, ajouter les sorties GeoTIFF plus grandes que cette taille comme couches lues directement depuis la plateforme via /vsicurl/ de GDAL (0 = jamais, toujours télécharger). Attention : la source de la couche contient alors une URL de téléchargement signée – un identifiant qui permet à quiconque de lire le fichier jusqu'à son expiration (environ une heure) – mais elle n'est jamais enregistrée dans le fichier de projet (elle est retirée à l'enregistrement et renouvelée à l'ouverture du projet). Utilisez « Actualiser les couches diffusées » dans le panneau Exécutions pour renouveler les URL expirées. C'est GDAL qui effectue les requêtes HTTP : les paramètres de proxy de QGIS sont copiés dans les options de GDAL, mais pas ses certificats supplémentaires ni son délai d'attente.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="6"/>
        <source>Change Fusion Platform password</source>
        <translation>Changer le mot de passe Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="11"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="17"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="23"/>
        <source>Repeat new password</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="39"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>ProcessEditor</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="6"/>
        <source>Fusion Platform process</source>
        <translation>Processus Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="10"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="18"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="22"/>
        <source>A name for this process, shown in the Processes dock</source>
        <translation>Un nom pour ce processus, affiché dans le panneau Processus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="27"/>
        <source>color: #c0392b;</source>
        <translation>color: #c0392b;</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="41"/>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="47"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="53"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="59"/>
        <source>Dispatchers</source>
        <translation>Envois</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="73"/>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="78"/>
        <source>Type a name and press Save to keep the current options and inputs for this service</source>
        <translation>Saisissez un nom et cliquez sur Enregistrer pour conserver les options et entrées actuelles de ce service</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="83"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="86"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="90"/>
        <source>Restore defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="91"/>
        <source>Put every option back to the service&apos;s default</source>
        <translation>Remettre chaque option à la valeur par défaut du service</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="99"/>
        <source>Price: known after Create</source>
        <translation>Prix : connu après « Créer »</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="117"/>
        <source>Copy as Python</source>
        <translation>Copier en Python</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="118"/>
        <source>Put the equivalent client script on the clipboard</source>
        <translation>Placer le script client équivalent dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="126"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="127"/>
        <source>Check the process on the platform and get its price</source>
        <translation>Vérifier le processus sur la plateforme et obtenir son prix</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="132"/>
        <source>Execute</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="137"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ProcessesDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="6"/>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="10"/>
        <source>Log in from the Account dock to see your processes.</source>
        <translation>Connectez-vous depuis le panneau Compte pour voir vos processus.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="132"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="133"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="134"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="136"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="24"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="18"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="18"/>
        <source>Open the process in the editor</source>
        <translation>Ouvrir le processus dans l'éditeur</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="19"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="19"/>
        <source>Open a copy of the process in the editor</source>
        <translation>Ouvrir une copie du processus dans l'éditeur</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="20"/>
        <source>Execute</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="21"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="22"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="38"/>
        <source>More…</source>
        <translation>Plus…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="39"/>
        <source>List the next page of processes (scrolling to the bottom does it too)</source>
        <translation>Lister la page suivante de processus (faire défiler jusqu’en bas le fait aussi)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="135"/>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="22"/>
        <source>Delete the process and its runs on the platform</source>
        <translation>Supprimer le processus et ses exécutions sur la plateforme</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="24"/>
        <source>Reload the processes from the Fusion Platform</source>
        <translation>Recharger les processus depuis la Fusion Platform</translation>
    </message>
</context>
<context>
    <name>ServicesDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="6"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="10"/>
        <source>Log in from the Account dock to browse services.</source>
        <translation>Connectez-vous depuis le panneau Compte pour parcourir les services.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="19"/>
        <source>Search name, keyword or text</source>
        <translation>Rechercher par nom, mot-clé ou texte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="24"/>
        <source>Group the services by category or by keyword</source>
        <translation>Regrouper les services par catégorie ou par mot-clé</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="25"/>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="26"/>
        <source>By keyword</source>
        <translation>Par mot-clé</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="31"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="32"/>
        <source>Reload the services from the platform</source>
        <translation>Recharger les services depuis la plateforme</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="42"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="56"/>
        <source>New process…</source>
        <translation>Nouveau processus…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="58"/>
        <source>Open the process editor for the selected service</source>
        <translation>Ouvrir l'éditeur de processus pour le service sélectionné</translation>
    </message>
</context>
<context>
    <name>StacDialog</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.ui" line="6"/>
        <source>STAC metadata</source>
        <translation>Métadonnées STAC</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.ui" line="10"/>
        <source>The STAC collection of the data item, or the STAC item of one of its files</source>
        <translation>La collection STAC du jeu de données, ou l'item STAC de l'un de ses fichiers</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.ui" line="24"/>
        <source>Save to folder…</source>
        <translation>Enregistrer dans un dossier…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.ui" line="27"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="6"/>
        <source>Upload a layer to Fusion Platform</source>
        <translation>Téléverser une couche vers Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="12"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="18"/>
        <source>Polygon layers are uploaded as GeoJSON in EPSG:4326, raster layers as GeoTIFF</source>
        <translation>Les couches de polygones sont téléversées en GeoJSON dans EPSG:4326, les couches raster en GeoTIFF</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="23"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="28"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="34"/>
        <source>Name of the new data item on the platform</source>
        <translation>Nom de la nouvelle donnée sur la plateforme</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="44"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="52"/>
        <source>Use the suggested ASCII name</source>
        <translation>Utiliser le nom ASCII proposé</translation>
    </message>
</context>
</TS>
