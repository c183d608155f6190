// The namespaces most files of the API use; a file adds its own usings for the rest.
global using Dapper;
global using DigitalBorderGate.Api.Auth;
global using DigitalBorderGate.Api.Contract;
global using DigitalBorderGate.Api.Data;
global using DigitalBorderGate.Api.Problems;
global using DigitalBorderGate.Domain.Declarations;
global using FastEndpoints;
