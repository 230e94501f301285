// learner: optimal
// idiom: Lisp-ish: BTreeMap keyed by END -> start, overlaps found with range(a..) and taken while start <= b, absorb helper threading (lo, hi, old) accumulators, gaps by zipping chained key/value iterators
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
    by_end: BTreeMap<u64, u64>, // end (exclusive) -> start
    count: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, by_end: BTreeMap::new(), count: 0 }
    }

    /// Absorbs every stored range that overlaps or touches [lo, hi): returns the merged
    /// bounds and the bytes that were already stored. Each call removes one range.
    fn absorb(&mut self, lo: u64, hi: u64, old: u64) -> (u64, u64, u64) {
        let hit = self.by_end.range(lo..).next().map(|(&e, &s)| (s, e)).filter(|&(s, _)| s <= hi);
        match hit {
            None => (lo, hi, old),
            Some((s, e)) => {
                self.by_end.remove(&e);
                (lo.min(s), hi.max(e), old + (e - s))
            }
        }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let size = self.size;
        match offset.checked_add(len) {
            Some(end) if end <= size => {
                if len == 0 {
                    return Ok(0);
                }
                let (mut lo, mut hi, mut old) = (offset, end, 0);
                loop {
                    let (l, h, o) = self.absorb(lo, hi, old);
                    if o == old {
                        break; // nothing absorbed: stored ranges are never empty
                    }
                    (lo, hi, old) = (l, h, o);
                }
                self.by_end.insert(hi, lo);
                let new = (hi - lo) - old;
                self.count += new;
                Ok(new)
            }
            _ => Err(UploadError::OutOfBounds { offset, len, size }),
        }
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let starts = std::iter::once(0).chain(self.by_end.keys().copied());
        let ends = self.by_end.values().copied().chain(std::iter::once(self.size));
        starts.zip(ends).filter(|(a, b)| a < b).map(|(a, b)| a..b).collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.count
    }

    pub fn is_complete(&self) -> bool {
        self.count == self.size
    }
}
