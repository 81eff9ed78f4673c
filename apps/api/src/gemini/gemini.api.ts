/** What other modules may use of the gemini module: the JSON-mode call with retries, and which key/model to use. */
export { askGeminiJson, GeminiFailure, type GeminiCall } from './gemini-json';
export { GeminiAccess } from './gemini-access.service';
export { GeminiModule } from './gemini.module';
