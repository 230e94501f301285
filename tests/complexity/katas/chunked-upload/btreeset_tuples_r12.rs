// learner: optimal
// idiom: BTreeSet<(start, end)> with tuple range bounds, if-heavy early returns, merge loop with `loop`/`if let`
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeSet;
use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    got: u64,
    spans: BTreeSet<(u64, u64)>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, got: 0, spans: BTreeSet::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let bad = UploadError::OutOfBounds { offset, len, size: self.size };
        let end = match offset.checked_add(len) {
            None => return Err(bad),
            Some(e) => e,
        };
        if end > self.size {
            return Err(bad);
        }
        if len == 0 {
            return Ok(0);
        }
        let mut start = offset;
        let mut stop = end;
        let mut already = 0;
        if let Some(&(s, e)) = self.spans.range(..(offset, 0)).next_back() {
            if e >= offset {
                self.spans.remove(&(s, e));
                already += e - s;
                start = s;
                if e > stop {
                    stop = e;
                }
            }
        }
        loop {
            let hit = self.spans.range((start, 0)..=(stop, u64::MAX)).next().copied();
            if let Some((s, e)) = hit {
                self.spans.remove(&(s, e));
                already += e - s;
                if e > stop {
                    stop = e;
                }
            } else {
                break;
            }
        }
        self.spans.insert((start, stop));
        let new_bytes = stop - start - already;
        self.got += new_bytes;
        Ok(new_bytes)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result = Vec::with_capacity(self.spans.len() + 1);
        let mut at = 0;
        for &(s, e) in self.spans.iter() {
            if s > at {
                result.push(at..s);
            }
            at = e;
        }
        if at < self.size {
            result.push(at..self.size);
        }
        result
    }

    pub fn received_bytes(&self) -> u64 {
        self.got
    }

    pub fn is_complete(&self) -> bool {
        self.got >= self.size
    }
}
