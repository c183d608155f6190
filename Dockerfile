# syntax=docker/dockerfile:1
# Build on the SDK, run on the chiseled ASP.NET image: no shell, no package manager, a non-root user. The "-extra"
# variant carries ICU and time zone data, which Microsoft.Data.SqlClient and Vietnam's time zone need.
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/DigitalBorderGate.Domain/DigitalBorderGate.Domain.csproj src/DigitalBorderGate.Domain/
COPY src/DigitalBorderGate.Api/DigitalBorderGate.Api.csproj src/DigitalBorderGate.Api/
RUN dotnet restore src/DigitalBorderGate.Api/DigitalBorderGate.Api.csproj
COPY src/DigitalBorderGate.Domain/ src/DigitalBorderGate.Domain/
COPY src/DigitalBorderGate.Api/ src/DigitalBorderGate.Api/
COPY seeds/ seeds/
RUN dotnet publish src/DigitalBorderGate.Api/DigitalBorderGate.Api.csproj -c Release -o /app --no-restore \
    && mkdir -p /app-data

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra
WORKDIR /app
COPY --link --from=build /app .
# The embedded SQLite database lives here; mount a volume on it to keep data across containers.
COPY --from=build --chown=$APP_UID:$APP_UID /app-data /app/data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "DigitalBorderGate.Api.dll"]
