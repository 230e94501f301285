// learner: optimal
// idiom: Racket-style: levels built by a recursive helper (one level per call, log n deep), diff as a recursive descent (log n deep) with an accumulator of ranges
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
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

/// (define (pair-up level) ...): the level above `below`.
fn pair_up<H: MerkleHasher>(below: &[H::Digest]) -> Vec<H::Digest> {
    below
        .chunks(2)
        .map(|pair| match pair {
            [l, r] => H::node(*l, *r),
            [only] => *only,
            _ => unreachable!(),
        })
        .collect()
}

/// (define (build-levels acc) ...): recursion depth is the height, log n.
fn grow<H: MerkleHasher>(mut acc: Vec<Vec<H::Digest>>) -> Vec<Vec<H::Digest>> {
    match acc.last() {
        Some(top) if top.len() > 1 => {
            let up = pair_up::<H>(top);
            acc.push(up);
            grow::<H>(acc)
        }
        _ => acc,
    }
}

fn add_index(acc: &mut Vec<Range<usize>>, i: usize) {
    match acc.last_mut() {
        Some(r) if r.end == i => r.end = i + 1,
        _ => acc.push(i..i + 1),
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        MerkleTree { levels: grow::<H>(vec![leaves]), _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|top| top.first().copied())
    }

    fn walk(&self, other: &Self, level: usize, i: usize, acc: &mut Vec<Range<usize>>) {
        if i >= self.levels[level].len() || self.levels[level][i] == other.levels[level][i] {
            return;
        }
        if level == 0 {
            add_index(acc, i);
        } else {
            self.walk(other, level - 1, 2 * i, acc);
            self.walk(other, level - 1, 2 * i + 1, acc);
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "cannot diff trees of different length");
        let mut acc = Vec::new();
        if !self.is_empty() {
            self.walk(other, self.levels.len() - 1, 0, &mut acc);
        }
        acc
    }
}
