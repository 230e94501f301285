// learner: optimal
// idiom: spreadsheet flat column + cumulative 'starts' prefix array via scan, recursive diff helper (depth log n)
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}

/// One flat column of digests, level after level (leaves first), like a sheet
/// where `starts` is the cumulative column of level sizes (a prefix array).
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    cells: Vec<H::Digest>,
    starts: Vec<usize>,
    sizes: Vec<usize>,
    _hasher: PhantomData<H>,
}

/// Named formula: size of the level above one of `n` cells.
fn parent_count(n: usize) -> usize {
    (n + 1) / 2
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut sizes = vec![blocks.len()];
        while *sizes.last().unwrap() > 1 {
            let next = parent_count(*sizes.last().unwrap());
            sizes.push(next);
        }
        let starts: Vec<usize> = sizes
            .iter()
            .scan(0usize, |acc, &s| {
                let here = *acc;
                *acc += s;
                Some(here)
            })
            .collect();
        let total: usize = sizes.iter().sum();
        let mut cells: Vec<H::Digest> = Vec::with_capacity(total);
        cells.extend(blocks.iter().map(|b| H::leaf(b)));
        for lvl in 1..sizes.len() {
            let from = starts[lvl - 1];
            let below = sizes[lvl - 1];
            for j in 0..sizes[lvl] {
                let l = from + 2 * j;
                let d = if 2 * j + 1 < below { H::node(cells[l], cells[l + 1]) } else { cells[l] };
                cells.push(d);
            }
        }
        MerkleTree { cells, starts, sizes, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.sizes[0]
    }

    pub fn is_empty(&self) -> bool {
        self.sizes[0] == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.is_empty() { None } else { self.cells.last().copied() }
    }

    fn at(&self, level: usize, idx: usize) -> H::Digest {
        self.cells[self.starts[level] + idx]
    }

    fn walk(&self, other: &Self, level: usize, idx: usize, out: &mut Vec<Range<usize>>) {
        if self.at(level, idx) == other.at(level, idx) {
            return;
        }
        if level == 0 {
            if let Some(last) = out.last_mut() {
                if last.end == idx {
                    last.end += 1;
                    return;
                }
            }
            out.push(idx..idx + 1);
            return;
        }
        let child = 2 * idx;
        self.walk(other, level - 1, child, out);
        if child + 1 < self.sizes[level - 1] {
            self.walk(other, level - 1, child + 1, out);
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("cannot diff trees of different length: {} vs {}", self.len(), other.len());
        }
        let mut out = Vec::new();
        if !self.is_empty() {
            self.walk(other, self.sizes.len() - 1, 0, &mut out);
        }
        out
    }
}
