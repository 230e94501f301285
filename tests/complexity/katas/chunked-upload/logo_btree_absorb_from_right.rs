// learner: optimal
// idiom: logo teacher: BTreeMap start -> end, one loop that keeps absorbing the last stretch starting at or before the chunk end while it reaches the chunk
// why: each loop turn is an O(log n) lookup plus an O(log n) removal of a stretch that is then gone for good: O(k log n), O(log n) amortised; missing O(n); totals O(1)
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
    total_size: u64,
    have: BTreeMap<u64, u64>,
    have_count: u64,
}

impl Upload {
    /// A new upload of `size` bytes with nothing received yet.
    pub fn new(size: u64) -> Self {
        Upload { total_size: size, have: BTreeMap::new(), have_count: 0 }
    }

    // Procedure: is offset..offset+len inside the file? Gives back the end if so.
    fn end_if_it_fits(&self, offset: u64, len: u64) -> Option<u64> {
        let end = offset.checked_add(len)?;
        if end <= self.total_size {
            Some(end)
        } else {
            None
        }
    }

    /// Records the chunk `offset..offset + len` and returns how many of its
    /// bytes had not been received before. A chunk that does not fit inside
    /// `0..size` is rejected with `OutOfBounds` and changes nothing.
    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let Some(end) = self.end_if_it_fits(offset, len) else {
            return Err(UploadError::OutOfBounds { offset, len, size: self.total_size });
        };
        if len == 0 {
            return Ok(0);
        }
        let mut low = offset;
        let mut high = end;
        let mut overlap_total = 0;
        // Look at the right-most stretch that starts at or before `high`.
        // If it reaches `low`, it touches our chunk: swallow it and look again.
        // If it does not, nothing further left can touch us either: stop.
        loop {
            let touching = match self.have.range(..=high).next_back() {
                Some((&start, &finish)) if finish >= low => (start, finish),
                _ => break,
            };
            let (start, finish) = touching;
            self.have.remove(&start);
            overlap_total += finish - start;
            if start < low {
                low = start;
            }
            if finish > high {
                high = finish;
            }
        }
        self.have.insert(low, high);
        let fresh = (high - low) - overlap_total;
        self.have_count += fresh;
        Ok(fresh)
    }

    /// The ranges still to be uploaded, in increasing order, maximal (two
    /// returned ranges never touch) and non-empty.
    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut holes: Vec<Range<u64>> = Vec::with_capacity(self.have.len() + 1);
        let mut cursor = 0u64;
        let mut stretches = self.have.iter();
        loop {
            match stretches.next() {
                Some((&start, &finish)) => {
                    if cursor < start {
                        holes.push(cursor..start);
                    }
                    cursor = finish;
                }
                None => {
                    if cursor < self.total_size {
                        holes.push(cursor..self.total_size);
                    }
                    return holes;
                }
            }
        }
    }

    /// How many distinct bytes have arrived.
    pub fn received_bytes(&self) -> u64 {
        self.have_count
    }

    /// Whether every byte has arrived.
    pub fn is_complete(&self) -> bool {
        self.have_count == self.total_size
    }
}
