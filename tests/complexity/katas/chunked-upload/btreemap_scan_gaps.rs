// learner: optimal
// idiom: BTreeMap start->end, left neighbour via range(..=a).next_back() then a while-let over range(a..=b), missing as an impl Iterator built with scan + chain
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
    spans: BTreeMap<u64, u64>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, spans: BTreeMap::new(), received: 0 }
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
        let mut already = 0u64;
        if let Some((&s, &e)) = self.spans.range(..=offset).next_back() {
            if e >= offset {
                already += e.min(end).saturating_sub(offset);
                lo = s;
                hi = hi.max(e);
                self.spans.remove(&s);
            }
        }
        while let Some((&s, &e)) = self.spans.range(offset..=end).next() {
            already += e.min(end) - s;
            hi = hi.max(e);
            self.spans.remove(&s);
        }
        self.spans.insert(lo, hi);
        let fresh = len - already;
        self.received += fresh;
        Ok(fresh)
    }

    fn gaps(&self) -> impl Iterator<Item = Range<u64>> + '_ {
        let size = self.size;
        self.spans
            .iter()
            .map(|(&s, &e)| (s, e))
            .chain(std::iter::once((size, size)))
            .scan(0u64, |cursor, (s, e)| {
                let gap = *cursor..s;
                *cursor = e;
                Some(gap)
            })
            .filter(|g| !g.is_empty())
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        self.gaps().collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
