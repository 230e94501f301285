//! A guard in front of the protocol library: it reads the client's frames
//! and forwards only those whose body is JSON.
//!
//! tower-lsp-server answers a body that is not JSON with a parse error, but
//! its reader then ends (tokio-util's `FramedRead` stops after a decoder
//! error), and with it the whole server. Here a malformed frame (bad
//! header, body not JSON or not UTF-8, absurd length) is skipped with a log
//! line and the session goes on.

use super::log;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

/// Larger messages are read and dropped rather than buffered.
pub const MAX_MESSAGE_BYTES: usize = 256 << 20;

/// Copies valid frames from `input` to `output` until `input` ends.
pub async fn forward_valid_frames<I, O>(input: I, mut output: O)
where
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin,
{
    let mut reader = BufReader::new(input);
    let mut line = Vec::new();
    loop {
        // Headers, up to an empty line.
        let mut length: Option<usize> = None;
        let mut headers = 0;
        loop {
            line.clear();
            match reader.read_until(b'\n', &mut line).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim();
            if text.is_empty() {
                if length.is_some() {
                    break;
                }
                if headers > 0 {
                    log(format_args!("ignored a message without Content-Length"));
                    headers = 0;
                }
                continue;
            }
            headers += 1;
            if let Some((name, value)) = text.split_once(':') {
                if name.trim().eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().ok();
                    if length.is_none() {
                        log(format_args!("ignored a bad Content-Length header: {text}"));
                    }
                }
            }
        }
        let length = length.unwrap_or_default();
        if length > MAX_MESSAGE_BYTES {
            log(format_args!(
                "ignored a message of {length} bytes (limit {MAX_MESSAGE_BYTES})"
            ));
            let mut rest = (&mut reader).take(length as u64);
            if tokio::io::copy(&mut rest, &mut tokio::io::sink())
                .await
                .is_err()
            {
                return;
            }
            continue;
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        if serde_json::from_slice::<serde::de::IgnoredAny>(&body).is_err() {
            let preview: String = String::from_utf8_lossy(&body).chars().take(80).collect();
            log(format_args!(
                "ignored a message that is not JSON (or not UTF-8): {preview:?}"
            ));
            continue;
        }
        let header = format!("Content-Length: {length}\r\n\r\n");
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

    #[tokio::test]
    async fn only_json_frames_pass() {
        let input = b"Content-Length: 2\r\n\r\n{}\
Content-Length: 5\r\n\r\n{oops\
X-Junk: 1\r\n\r\n\
Content-Length: nope\r\n\r\n\
Content-Length: 4\r\n\r\n\xff\xfe{}\
content-length: 7\r\n\r\n[1,2,3]";
        let mut out = Vec::new();
        forward_valid_frames(&input[..], &mut out).await;
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Content-Length: 2\r\n\r\n{}Content-Length: 7\r\n\r\n[1,2,3]"
        );
    }
}
