// learner: slow
// why: Upload::is_complete is O(n) time and space, target O(1): answers by building the whole missing() list and checking it is empty
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// The received bytes of an upload of known size.
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ranges: BTreeMap<u64, u64>,
    got: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: BTreeMap::new(), got: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut start = offset;
        let mut stop = end;
        let mut old = 0;
        loop {
            let hit = self.ranges.range(..=stop).next_back().map(|(&s, &e)| (s, e));
            match hit {
                Some((s, e)) if e >= start => {
                    let a = s.max(offset);
                    let b = e.min(end);
                    if b > a {
                        old += b - a;
                    }
                    start = start.min(s);
                    stop = stop.max(e);
                    self.ranges.remove(&s);
                }
                _ => break,
            }
        }
        self.ranges.insert(start, stop);
        self.got += len - old;
        Ok(len - old)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut pos = 0;
        for (&s, &e) in &self.ranges {
            if s > pos {
                out.push(pos..s);
            }
            pos = e;
        }
        if pos < self.size {
            out.push(pos..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.got
    }

    pub fn is_complete(&self) -> bool {
        self.missing().is_empty()
    }
}
