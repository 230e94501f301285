// learner: optimal
// idiom: Go-style: BTreeMap start->end, explicit loop with early returns, running total field, helper for bounds check
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
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
    ranges: BTreeMap<u64, u64>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size: size, ranges: BTreeMap::new(), received: 0 }
    }

    fn chunk_end(&self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) => e,
            None => return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size }),
        };
        if end > self.size {
            return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size });
        }
        Ok(end)
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = self.chunk_end(offset, len)?;
        if len == 0 {
            return Ok(0);
        }
        let mut start = offset;
        let mut stop = end;
        let mut overlapped: u64 = 0;

        // a range that starts before the chunk and reaches it
        let mut before: Option<(u64, u64)> = None;
        if let Some((s, e)) = self.ranges.range(..start).next_back() {
            if *e >= start {
                before = Some((*s, *e));
            }
        }
        if let Some((s, e)) = before {
            self.ranges.remove(&s);
            overlapped += e - s;
            start = s;
            if e > stop {
                stop = e;
            }
        }

        // ranges that start inside [start, stop]
        loop {
            let mut next: Option<(u64, u64)> = None;
            if let Some((s, e)) = self.ranges.range(start..=stop).next() {
                next = Some((*s, *e));
            }
            let (s, e) = match next {
                Some(p) => p,
                None => break,
            };
            self.ranges.remove(&s);
            overlapped += e - s;
            if e > stop {
                stop = e;
            }
        }

        self.ranges.insert(start, stop);
        let added = (stop - start) - overlapped;
        self.received += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut pos: u64 = 0;
        for (s, e) in self.ranges.iter() {
            if *s > pos {
                out.push(pos..*s);
            }
            pos = *e;
        }
        if pos < self.size {
            out.push(pos..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
