// learner: optimal
// idiom: C-style many mutable locals, left neighbour by range(..lo).next_back(), then a forward `loop` + break over range(lo..) removing swallowed spans, missing with a plain for loop
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    got: u64,
    spans: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, got: 0, spans: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut lo = offset;
        let mut hi = end;
        let mut old = 0u64;
        let mut left: Option<(u64, u64)> = None;
        if let Some((&s, &e)) = self.spans.range(..lo).next_back() {
            if e >= lo {
                left = Some((s, e));
            }
        }
        if let Some((s, e)) = left {
            self.spans.remove(&s);
            old += e - s;
            lo = s;
            if e > hi {
                hi = e;
            }
        }
        loop {
            let mut next: Option<(u64, u64)> = None;
            if let Some((&s, &e)) = self.spans.range(lo..).next() {
                if s <= hi {
                    next = Some((s, e));
                }
            }
            let (s, e) = match next {
                Some(p) => p,
                None => break,
            };
            self.spans.remove(&s);
            old += e - s;
            if e > hi {
                hi = e;
            }
        }
        self.spans.insert(lo, hi);
        let added = (hi - lo) - old;
        self.got += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut pos = 0u64;
        for (&s, &e) in &self.spans {
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
        self.got == self.size
    }
}
