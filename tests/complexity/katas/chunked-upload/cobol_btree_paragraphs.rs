// learner: optimal
// idiom: COBOL-style: BTreeMap start->end, explicit working-storage counters, one private fn per paragraph, loop/break with match
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
    ws_size: u64,
    ws_received_total: u64,
    ws_ranges: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { ws_size: size, ws_received_total: 0, ws_ranges: BTreeMap::new() }
    }

    fn absorb_left_neighbour(&mut self, ws_start: &mut u64, ws_end: &mut u64) -> u64 {
        let ws_found = match self.ws_ranges.range(..*ws_start).next_back() {
            Some((s, e)) => Some((*s, *e)),
            None => None,
        };
        let mut ws_removed: u64 = 0;
        if let Some((s, e)) = ws_found {
            if e >= *ws_start {
                self.ws_ranges.remove(&s);
                ws_removed = e - s;
                *ws_start = s;
                if e > *ws_end {
                    *ws_end = e;
                }
            }
        }
        ws_removed
    }

    fn absorb_right_neighbours(&mut self, ws_start: u64, ws_end: &mut u64) -> u64 {
        let mut ws_removed: u64 = 0;
        loop {
            let ws_found = match self.ws_ranges.range(ws_start..=*ws_end).next() {
                Some((s, e)) => (*s, *e),
                None => break,
            };
            self.ws_ranges.remove(&ws_found.0);
            ws_removed = ws_removed + (ws_found.1 - ws_found.0);
            if ws_found.1 > *ws_end {
                *ws_end = ws_found.1;
            }
        }
        ws_removed
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let ws_end_opt = offset.checked_add(len);
        let mut ws_end = match ws_end_opt {
            Some(e) if e <= self.ws_size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.ws_size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut ws_start = offset;
        let mut ws_removed = self.absorb_left_neighbour(&mut ws_start, &mut ws_end);
        ws_removed = ws_removed + self.absorb_right_neighbours(ws_start, &mut ws_end);
        self.ws_ranges.insert(ws_start, ws_end);
        let ws_new_bytes = (ws_end - ws_start) - ws_removed;
        self.ws_received_total = self.ws_received_total + ws_new_bytes;
        Ok(ws_new_bytes)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut ws_out: Vec<Range<u64>> = Vec::new();
        let mut ws_cursor: u64 = 0;
        for (s, e) in &self.ws_ranges {
            if *s > ws_cursor {
                ws_out.push(ws_cursor..*s);
            }
            ws_cursor = *e;
        }
        if ws_cursor < self.ws_size {
            ws_out.push(ws_cursor..self.ws_size);
        }
        ws_out
    }

    pub fn received_bytes(&self) -> u64 {
        self.ws_received_total
    }

    pub fn is_complete(&self) -> bool {
        self.ws_received_total == self.ws_size
    }
}
