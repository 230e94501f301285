// learner: optimal
// idiom: a Modula-2 teacher: BTreeMap start -> end, receive split into numbered steps (check bounds, merge with a left neighbour, absorb ranges starting inside, insert), new bytes computed as merged length minus the old lengths removed
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    total_received: u64,
    /* disjoint, non-touching ranges: start -> end (exclusive) */
    pieces: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size: size, total_received: 0, pieces: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        /* Step 1: the chunk must lie inside 0..size. */
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut new_start = offset;
        let mut new_end = end;
        let mut old_bytes: u64 = 0;

        /* Step 2: a piece starting before the chunk that reaches it. */
        let mut left: Option<(u64, u64)> = None;
        if let Some((&s, &e)) = self.pieces.range(..offset).next_back() {
            if e >= offset {
                left = Some((s, e));
            }
        }
        if let Some((s, e)) = left {
            self.pieces.remove(&s);
            old_bytes = old_bytes + (e - s);
            new_start = s;
            if e > new_end {
                new_end = e;
            }
        }

        /* Step 3: every piece that starts inside or right at the end of the chunk. */
        loop {
            let next = match self.pieces.range(offset..=new_end).next() {
                Some((&s, &e)) => (s, e),
                None => break,
            };
            self.pieces.remove(&next.0);
            old_bytes = old_bytes + (next.1 - next.0);
            if next.1 > new_end {
                new_end = next.1;
            }
        }

        /* Step 4: store the merged piece. */
        self.pieces.insert(new_start, new_end);
        let added = (new_end - new_start) - old_bytes;
        self.total_received = self.total_received + added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result: Vec<Range<u64>> = Vec::new();
        let mut position: u64 = 0;
        for (&s, &e) in self.pieces.iter() {
            if s > position {
                result.push(position..s);
            }
            position = e;
        }
        if position < self.size {
            result.push(position..self.size);
        }
        result
    }

    pub fn received_bytes(&self) -> u64 {
        self.total_received
    }

    pub fn is_complete(&self) -> bool {
        self.total_received == self.size
    }
}
