// learner: slow
// idiom: Koka: "normalise" the list after every chunk -- count the overlap over all ranges, push the chunk, sort, fuse neighbours with dedup_by
// why: every receive scans all n ranges for the overlap, then re-sorts and re-merges the whole list: O(n log n) per chunk (O(n) at best), where O(log n) amortised is asked
//! Tracks which byte ranges of a resumable upload have arrived.
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
    ranges: Vec<(u64, u64)>,
    total: u64,
}

/// Sort, then fuse overlapping or touching neighbours in place.
fn normalise(xs: &mut Vec<(u64, u64)>) {
    xs.sort();
    xs.dedup_by(|next, kept| match next.0 <= kept.1 {
        true => {
            kept.1 = kept.1.max(next.1);
            true
        }
        false => false,
    });
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: Vec::new(), total: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        // bytes already held inside [offset, end), counted before merging
        let old: u64 = self
            .ranges
            .iter()
            .map(|&(s, e)| e.min(end).saturating_sub(s.max(offset)))
            .sum();
        self.ranges.push((offset, end));
        normalise(&mut self.ranges);
        let fresh = len - old;
        self.total += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut at = 0;
        for &(s, e) in &self.ranges {
            if s > at {
                gaps.push(at..s);
            }
            at = e;
        }
        if at < self.size {
            gaps.push(at..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}
