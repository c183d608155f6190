// The namespaces most tests use; a file adds its own usings for the rest.
global using System.Net;
global using System.Net.Http.Json;
global using System.Text.Json;
global using DigitalBorderGate.Api.Tests.Infrastructure;
