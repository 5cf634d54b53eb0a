#!/usr/bin/env bash
# Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d): one database and one
# login role per service, and Keycloak's, each role owning only its own database. Passwords from the environment
# (compose.yaml passes MEMBERSHIP_DB_PASSWORD, ..., KEYCLOAK_DB_PASSWORD).
set -euo pipefail

for db in membership inspection cadre reporting keycloak; do
    var="${db^^}_DB_PASSWORD"
    password=${!var:?$var is not set}
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -v role="$db" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
    # the extensions the services' migrations ask for, created by the superuser once
    if [ "$db" != keycloak ]; then
        psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$db" <<'SQL'
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;
SQL
    fi
done
