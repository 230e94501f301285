// learner: optimal
// idiom: PowerShell sysadmin: ranges keyed by their END in a sorted dictionary so "first range ending at or after my offset" is one lookup, overlap measured with a small Get-Overlap helper, missing() as a scan/zip pipeline
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

use std::collections::BTreeMap;

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    /// end -> start of every received range
    by_end: BTreeMap<u64, u64>,
    bytes_in: u64,
}

/// Get-Overlap: how many bytes two half-open ranges share.
fn get_overlap(a_start: u64, a_end: u64, b_start: u64, b_end: u64) -> u64 {
    a_end.min(b_end).saturating_sub(a_start.max(b_start))
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, by_end: BTreeMap::new(), bytes_in: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let fits = offset.checked_add(len).filter(|&end| end <= self.size);
        let Some(end) = fits else {
            return Err(UploadError::OutOfBounds { offset, len, size: self.size });
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut merged_start, mut merged_end) = (offset, end);
        let mut already_had = 0u64;
        // ranges ending at or after `offset` and starting at or before `end` touch the chunk
        while let Some((&r_end, &r_start)) = self.by_end.range(offset..).next() {
            if r_start > end {
                break;
            }
            already_had += get_overlap(r_start, r_end, offset, end);
            merged_start = merged_start.min(r_start);
            merged_end = merged_end.max(r_end);
            self.by_end.remove(&r_end);
        }
        self.by_end.insert(merged_end, merged_start);
        let fresh = len - already_had;
        self.bytes_in += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let starts = self.by_end.values().copied().chain(std::iter::once(self.size));
        let ends = std::iter::once(0).chain(self.by_end.keys().copied());
        ends.zip(starts).filter(|(gap_start, gap_end)| gap_start < gap_end).map(|(a, b)| a..b).collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.bytes_in
    }

    pub fn is_complete(&self) -> bool {
        self.bytes_in == self.size
    }
}
