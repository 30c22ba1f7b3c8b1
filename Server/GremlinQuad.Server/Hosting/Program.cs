Console.Error.WriteLine("GremlinQuad server: not yet — the server lands with the server issue.");
return 1;
