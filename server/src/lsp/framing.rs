//! A guard in front of the protocol library: it reads the client's frames,
//! forwards those tower-lsp-server accepts, and turns every other one into
//! an answer, so that no input ends the session.
//!
//! tower-lsp-server answers a body it cannot decode with an error, but its
//! reader then ends (tokio-util's `FramedRead` stops after a decoder
//! error), and with it the whole server. So here:
//!
//! - a body that is not UTF-8 or not JSON (lone surrogates, numbers out
//!   of range and nesting beyond serde_json's limit included) is answered
//!   with `-32700`, and a JSON body that is not a JSON-RPC 2.0 message
//!   (`{}`, `1`, `[]`, `"jsonrpc": "1.0"`, an object as `id`, …) with
//!   `-32600`, with `id: null` or the request's id when it has a valid one;
//! - a bad, negative or oversized `Content-Length` is logged and skipped,
//!   and reading resynchronises on the next `Content-Length:` header;
//! - a `Content-Length` longer than the message (the next frame's header
//!   follows a complete JSON body) is logged and the message cut there.
//!
//! The answers go through the library's own writer, never beside it: the
//! guard forwards a request for [`INVALID_MESSAGE`] carrying the error,
//! which the service answers (see `lsp::Guarded`).

use super::log;
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tower_lsp_server::jsonrpc::{Request, Response};

/// The largest message accepted; larger ones are skipped. Documents
/// above 2 MB are kept in sync without being analysed, and a 10 MB one
/// must still open (see `a_ten_megabyte_file_is_kept_in_sync…`).
pub const MAX_FRAME_BYTES: usize = 32 << 20;

/// The longest header block; past it without a header terminator, the
/// input is garbage until the next `Content-Length:`.
const MAX_HEADER_BYTES: usize = 8 << 10;

/// The method of the request the guard forwards for an invalid message;
/// the service answers it with the error in its parameters.
pub const INVALID_MESSAGE: &str = "$/kata/invalidMessage";

const CONTENT_LENGTH: &[u8] = b"content-length:";

/// What tower-lsp-server decodes (its own `Message` is private): a body
/// that deserializes as this is one it accepts.
#[derive(serde::Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum Message {
    Response(Response),
    Request(Request),
}

/// A message the server cannot accept, and the answer it gets.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid {
    /// The request's id when it has a valid one, else `null`.
    pub id: Value,
    /// `-32700` (parse error) or `-32600` (invalid request).
    pub code: i64,
    pub message: String,
}

impl Invalid {
    fn parse_error(message: String) -> Invalid {
        Invalid {
            id: Value::Null,
            code: -32700,
            message: format!("Parse error: {message}"),
        }
    }

    /// The request forwarded in place of the invalid message.
    fn request(&self) -> Vec<u8> {
        json!({
            "jsonrpc": "2.0",
            "id": self.id,
            "method": INVALID_MESSAGE,
            "params": {"code": self.code, "message": self.message},
        })
        .to_string()
        .into_bytes()
    }
}

/// Whether the server accepts `body`, and if not, the answer.
pub fn judge(body: &[u8]) -> Result<(), Invalid> {
    let text = std::str::from_utf8(body).map_err(|e| {
        Invalid::parse_error(format!(
            "the message is not UTF-8 (at byte {})",
            e.valid_up_to()
        ))
    })?;
    let Err(not_message) = serde_json::from_str::<Message>(text) else {
        return Ok(());
    };
    let value: Value =
        serde_json::from_str(text).map_err(|e| Invalid::parse_error(e.to_string()))?;
    let reason = match &value {
        Value::Object(o) => match (o.get("jsonrpc"), o.get("method"), o.get("id")) {
            (Some(v), _, _) if v != "2.0" => "`jsonrpc` must be \"2.0\"".to_string(),
            (None, _, _) => "`jsonrpc` is missing".to_string(),
            (_, Some(m), _) if !m.is_string() => "`method` must be a string".to_string(),
            (_, _, Some(id)) if valid_id(id).is_none() => {
                "`id` must be an integer, a string or null".to_string()
            }
            _ => format!("not a request, notification or response ({not_message})"),
        },
        Value::Array(_) => "batches are not supported".to_string(),
        _ => "a message must be a JSON object".to_string(),
    };
    // Answer with the request's id only if the message is a request: a
    // response-shaped message must not look answered to the client.
    let id = match &value {
        Value::Object(o) if o.contains_key("method") => {
            o.get("id").and_then(valid_id).unwrap_or(Value::Null)
        }
        _ => Value::Null,
    };
    Err(Invalid {
        id,
        code: -32600,
        message: format!("Invalid request: {reason}"),
    })
}

fn valid_id(id: &Value) -> Option<Value> {
    match id {
        Value::Number(n) if n.as_i64().is_some() => Some(id.clone()),
        Value::String(_) | Value::Null => Some(id.clone()),
        _ => None,
    }
}

/// Reads frames, resynchronising on the next `Content-Length:` after
/// anything malformed.
struct FrameReader<I> {
    input: I,
    buf: Vec<u8>,
    /// Bytes of `buf` already consumed.
    pos: usize,
    /// Skipping input after a malformed frame: logged once, not per block.
    skipping: bool,
}

impl<I: AsyncRead + Unpin> FrameReader<I> {
    fn new(input: I) -> Self {
        FrameReader {
            input,
            buf: Vec::new(),
            pos: 0,
            skipping: false,
        }
    }

    /// Reads more input; false at its end (or on an error).
    async fn fill(&mut self) -> bool {
        self.buf.reserve(64 << 10);
        matches!(self.input.read_buf(&mut self.buf).await, Ok(n) if n > 0)
    }

    fn skip_to(&mut self, pos: usize, why: std::fmt::Arguments) {
        if !self.skipping {
            log(why);
        }
        self.skipping = true;
        self.pos = pos;
    }

    /// The next frame's body, or `None` at the end of input.
    async fn next(&mut self) -> Option<Vec<u8>> {
        loop {
            // Drop what was consumed, now that no offset into it is held.
            if self.pos > 0 && (self.pos >= self.buf.len() / 2 || self.pos > 1 << 20) {
                self.buf.drain(..self.pos);
                self.pos = 0;
            }
            let Some((header_end, body_start)) = header_end(&self.buf[self.pos..]) else {
                let pending = self.buf.len() - self.pos;
                if pending > MAX_HEADER_BYTES {
                    // Garbage: keep the last bytes, where a header may start.
                    let window = &self.buf[self.pos..];
                    let to = match find_ci(&window[1..], CONTENT_LENGTH) {
                        Some(at) => self.pos + 1 + at,
                        None => self.buf.len() - CONTENT_LENGTH.len(),
                    };
                    self.skip_to(to, format_args!("skipping input that is not a header"));
                    continue;
                }
                if !self.fill().await {
                    return None;
                }
                continue;
            };
            let header = &self.buf[self.pos..self.pos + header_end];
            let after = self.pos + body_start;
            let Some(at) = rfind_ci(header, CONTENT_LENGTH) else {
                let text = String::from_utf8_lossy(header).into_owned();
                if !text.trim().is_empty() {
                    self.skip_to(
                        after,
                        format_args!(
                            "ignored a message without Content-Length: {:?}",
                            preview(text.as_bytes())
                        ),
                    );
                } else {
                    self.pos = after;
                }
                continue;
            };
            if at > 0 && header[at - 1] != b'\n' {
                log(format_args!(
                    "skipped {at} bytes before a Content-Length header: {:?}",
                    preview(&header[..at])
                ));
            }
            let line = &header[at + CONTENT_LENGTH.len()..];
            let line = &line[..line.iter().position(|&b| b == b'\n').unwrap_or(line.len())];
            let value = String::from_utf8_lossy(line).trim().to_string();
            let length = match value.parse::<u64>() {
                Ok(n) if n <= MAX_FRAME_BYTES as u64 => n as usize,
                Ok(n) => {
                    self.skipping = false;
                    self.skip_to(
                        after,
                        format_args!(
                            "ignored a message of {n} bytes (limit {MAX_FRAME_BYTES}); skipping to the next Content-Length header"
                        ),
                    );
                    continue;
                }
                Err(_) => {
                    self.skipping = false;
                    self.skip_to(
                        after,
                        format_args!(
                            "ignored a bad Content-Length header {value:?}; skipping to the next Content-Length header"
                        ),
                    );
                    continue;
                }
            };
            self.skipping = false;
            let mut scanned = after;
            // Headers seen inside the body so far, still to be judged.
            let mut headers: Vec<usize> = Vec::new();
            loop {
                let available = self.buf.len() - after;
                if available >= length {
                    return Some(self.take_body(after, length));
                }
                // A Content-Length longer than the message: the next
                // header follows a complete body, or a complete valid
                // frame follows a broken one. Cut the message there
                // rather than wait for bytes that will not come.
                let from = scanned.saturating_sub(CONTENT_LENGTH.len() - 1).max(after);
                let mut at = from;
                while let Some(found) = find_ci(&self.buf[at..], CONTENT_LENGTH) {
                    headers.push(at + found);
                    at += found + 1;
                }
                scanned = self.buf.len();
                for &cut in &headers {
                    let json = cut > after && is_json(&self.buf[after..cut]);
                    if json || self.complete_frame_at(cut) {
                        log(format_args!(
                            "Content-Length {length} is longer than the message ({} bytes): cut where the next frame starts",
                            cut - after
                        ));
                        let body = self.buf[after..cut].to_vec();
                        self.pos = cut;
                        return Some(body);
                    }
                }
                if !self.fill().await {
                    return None;
                }
            }
        }
    }

    /// Whether a whole frame the server accepts starts at `at`.
    fn complete_frame_at(&self, at: usize) -> bool {
        let rest = &self.buf[at..];
        let Some((header_end, body_start)) = header_end(rest) else {
            return false;
        };
        let line = &rest[CONTENT_LENGTH.len()..header_end];
        let line = &line[..line.iter().position(|&b| b == b'\n').unwrap_or(line.len())];
        let Ok(length) = String::from_utf8_lossy(line).trim().parse::<usize>() else {
            return false;
        };
        length <= MAX_FRAME_BYTES
            && rest.len() >= body_start + length
            && judge(&rest[body_start..body_start + length]).is_ok()
    }

    /// The body at `after`, of `length` bytes, all in the buffer. If it is
    /// not JSON but a header starts in it (after a complete JSON value, or
    /// anywhere), the length was wrong: the body ends there, and the header
    /// is read next.
    fn take_body(&mut self, after: usize, length: usize) -> Vec<u8> {
        let body = &self.buf[after..after + length];
        let end = (after + length + CONTENT_LENGTH.len() - 1).min(self.buf.len());
        if let Some(at) = self.header_inside(body, &self.buf[after..end]) {
            log(format_args!(
                "Content-Length {length} does not match the message: a header starts at byte {at}; read from there"
            ));
            let body = body[..at].to_vec();
            self.pos = after + at;
            return body;
        }
        self.pos = after + length;
        body.to_vec()
    }

    /// Where a header starts in `body` (`window` is the body and a few
    /// bytes after it, for a header that starts in the body's last bytes).
    fn header_inside(&self, body: &[u8], window: &[u8]) -> Option<usize> {
        if is_json(body) {
            return None;
        }
        let mut values =
            serde_json::Deserializer::from_slice(body).into_iter::<serde::de::IgnoredAny>();
        if let Some(Ok(_)) = values.next() {
            let end = values.byte_offset();
            let rest = &body[end..];
            let start = rest.iter().position(|b| !b.is_ascii_whitespace())?;
            let rest = &rest[start..];
            let n = rest.len().min(CONTENT_LENGTH.len());
            if rest[..n].eq_ignore_ascii_case(&CONTENT_LENGTH[..n]) {
                return Some(end + start);
            }
        }
        find_ci(window, CONTENT_LENGTH).filter(|&at| at < body.len())
    }
}

/// The end of the header block (`\r\n\r\n`, or `\n\n` from lenient
/// clients) in `buf`: (where the headers end, where the body starts).
fn header_end(buf: &[u8]) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(i) = buf[from..].iter().position(|&b| b == b'\n') {
        let i = from + i;
        match &buf[i + 1..] {
            [b'\n', ..] => return Some((i, i + 2)),
            [b'\r', b'\n', ..] => return Some((i, i + 3)),
            _ => from = i + 1,
        }
    }
    None
}

fn find_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

fn rfind_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .rposition(|w| w.eq_ignore_ascii_case(needle))
}

fn is_json(bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(bytes).is_ok()
}

fn preview(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).chars().take(80).collect()
}

/// Copies frames from `input` to `output` until `input` ends: valid ones
/// as they are, invalid ones as an [`INVALID_MESSAGE`] request.
pub async fn forward_valid_frames<I, O>(input: I, mut output: O)
where
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin,
{
    let mut reader = FrameReader::new(input);
    while let Some(body) = reader.next().await {
        let body = match judge(&body) {
            Ok(()) => body,
            Err(invalid) => {
                log(format_args!(
                    "answered an invalid message with {}: {}; it began {:?}",
                    invalid.code,
                    invalid.message,
                    preview(&body)
                ));
                invalid.request()
            }
        };
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        if output.write_all(header.as_bytes()).await.is_err()
            || output.write_all(&body).await.is_err()
            || output.flush().await.is_err()
        {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn forwarded(input: &[u8]) -> Vec<Value> {
        let mut out = Vec::new();
        forward_valid_frames(input, &mut out).await;
        let mut reader = FrameReader::new(&out[..]);
        let mut bodies = Vec::new();
        while let Some(body) = reader.next().await {
            bodies.push(serde_json::from_slice(&body).unwrap());
        }
        bodies
    }

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    const PING: &str = r#"{"jsonrpc":"2.0","id":7,"method":"kata/list"}"#;

    fn invalid(id: Value, code: i64) -> impl Fn(&Value) -> bool {
        move |v| v["method"] == INVALID_MESSAGE && v["id"] == id && v["params"]["code"] == code
    }

    #[test]
    fn judges_like_the_library_decodes() {
        let ok = [
            PING,
            r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
            r#"{"jsonrpc":"2.0","id":"a","result":null}"#,
            r#"{"jsonrpc":"2.0","id":null,"method":"x"}"#,
            r#"{"jsonrpc":"2.0","id":1,"error":{"code":1,"message":"m"}}"#,
            r#"{"jsonrpc":"2.0","method":"x","params":"\ud83d\ude00"}"#,
        ];
        for body in ok {
            assert_eq!(judge(body.as_bytes()), Ok(()), "{body}");
        }
        let deep = format!(
            r#"{{"jsonrpc":"2.0","id":3,"method":"x","params":{}1{}}}"#,
            "[".repeat(200),
            "]".repeat(200)
        );
        let cases: Vec<(&[u8], Value, i64)> = vec![
            (b"{}", Value::Null, -32600),
            (b"1", Value::Null, -32600),
            (b"[]", Value::Null, -32600),
            (b"null", Value::Null, -32600),
            (b"\"x\"", Value::Null, -32600),
            (
                br#"{"jsonrpc":"1.0","id":4,"method":"x"}"#,
                json!(4),
                -32600,
            ),
            (
                br#"{"jsonrpc":"2.0","id":{"a":1},"method":"x"}"#,
                Value::Null,
                -32600,
            ),
            (
                br#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#,
                Value::Null,
                -32600,
            ),
            (br#"{"jsonrpc":"2.0","id":5,"method":3}"#, json!(5), -32600),
            (
                br#"{"jsonrpc":"2.0","id":5,"result":{"a":1}"#,
                Value::Null,
                -32700,
            ),
            (
                br#"{"jsonrpc":"2.0","id":[5],"result":{"a":1}}"#,
                Value::Null,
                -32600,
            ),
            (
                br#"{"jsonrpc":"2.0","id":"s","method":"x","params":"\ud800"}"#,
                Value::Null,
                -32700,
            ),
            (
                b"{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":\"\xff\"}",
                Value::Null,
                -32700,
            ),
            (
                br#"{"jsonrpc":"2.0","id":1,"method":"x","params":1e400}"#,
                Value::Null,
                -32700,
            ),
            (deep.as_bytes(), Value::Null, -32700),
            (b"", Value::Null, -32700),
            (b"  ", Value::Null, -32700),
            (b"{oops", Value::Null, -32700),
        ];
        for (body, id, code) in cases {
            let got = judge(body).expect_err(&String::from_utf8_lossy(body));
            assert_eq!(
                (got.id, got.code),
                (id, code),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[tokio::test]
    async fn invalid_frames_become_answers_and_malformed_ones_are_skipped() {
        let mut input = Vec::new();
        input.extend_from_slice(frame("{}").as_bytes());
        input.extend_from_slice(b"X-Junk: 1\r\n\r\n");
        input.extend_from_slice(b"Content-Length: nope\r\n\r\n");
        input.extend_from_slice(b"Content-Length: 4\r\n\r\n\xff\xfe{}");
        input.extend_from_slice(b"content-length: 7\r\n\r\n[1,2,3]");
        input.extend_from_slice(frame(PING).as_bytes());
        let got = forwarded(&input).await;
        assert_eq!(got.len(), 4, "{got:#?}");
        assert!(invalid(Value::Null, -32600)(&got[0]));
        assert!(invalid(Value::Null, -32700)(&got[1]));
        assert!(invalid(Value::Null, -32600)(&got[2]));
        assert_eq!(got[3], serde_json::from_str::<Value>(PING).unwrap());
    }

    #[tokio::test]
    async fn bad_lengths_resynchronise_on_the_next_header() {
        let ping: Value = serde_json::from_str(PING).unwrap();
        let other = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let cases: Vec<(String, usize)> = vec![
            (format!("Content-Length: -5\r\n\r\n{other}"), 0),
            (format!("Content-Length: 1099511627776\r\n\r\n{other}"), 0),
            (
                format!("Content-Length: 18446744073709551617\r\n\r\n{other}"),
                0,
            ),
            (
                format!("Content-Length: {}\r\n\r\n{other}", MAX_FRAME_BYTES + 1),
                0,
            ),
            // Too long: the message is taken, cut at the next header.
            (
                format!("Content-Length: {}\r\n\r\n{other}", other.len() + 30),
                1,
            ),
            (
                format!("Content-Length: {}\r\n\r\n{other}", other.len() + 5000),
                1,
            ),
            // Too short: an error for the piece, then the next frame.
            (
                format!("Content-Length: {}\r\n\r\n{other}", other.len() - 9),
                1,
            ),
            (format!("Content-Length: 0\r\n\r\n{other}"), 1),
            // A broken body cut short by the next frame's header, which
            // starts in the declared body's last bytes or well after it.
            ("Content-Length: 5\r\n\r\nab".to_string(), 1),
            ("Content-Length: 500\r\n\r\n{oops".to_string(), 1),
            // Garbage, no header at all, a header with no terminator.
            ("\u{0}\u{1}garbage\r\n\r\n".to_string(), 0),
            ("x".repeat(3 * MAX_HEADER_BYTES), 0),
            ("Content-Type: text/plain\r\n".to_string(), 0),
        ];
        for (bad, before) in cases {
            let input = format!("{bad}{}", frame(PING));
            let got = forwarded(input.as_bytes()).await;
            assert_eq!(got.len(), before + 1, "{bad:.80}: {got:#?}");
            assert_eq!(got[before], ping, "{bad:.80}");
        }
    }
}
