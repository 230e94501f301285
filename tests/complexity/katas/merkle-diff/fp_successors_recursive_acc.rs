// learner: optimal
// idiom: functional: levels built by iter::successors over chunks(2) with slice patterns; diff as recursion with an accumulator that is threaded through and returned
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

fn pair_up<H: MerkleHasher>(level: &[H::Digest]) -> Vec<H::Digest> {
    level
        .chunks(2)
        .map(|pair| match *pair {
            [l, r] => H::node(l, r),
            [alone] => alone,
            _ => unreachable!("chunks(2) yields one or two"),
        })
        .collect()
}

fn extend(mut acc: Vec<Range<usize>>, i: usize) -> Vec<Range<usize>> {
    match acc.last_mut() {
        Some(r) if r.end == i => r.end = i + 1,
        _ => acc.push(i..i + 1),
    }
    acc
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let levels = std::iter::successors(Some(leaves), |lvl| {
            (lvl.len() > 1).then(|| pair_up::<H>(lvl))
        })
        .collect();
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|top| top.first().copied())
    }

    fn go(&self, other: &Self, level: usize, at: usize, acc: Vec<Range<usize>>) -> Vec<Range<usize>> {
        match (self.levels[level][at] == other.levels[level][at], level) {
            (true, _) => acc,
            (false, 0) => extend(acc, at),
            (false, _) => {
                let width = self.levels[level - 1].len();
                [2 * at, 2 * at + 1]
                    .into_iter()
                    .filter(|&c| c < width)
                    .fold(acc, |acc, c| self.go(other, level - 1, c, acc))
            }
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees must have the same length");
        match self.levels.len() {
            _ if self.is_empty() => Vec::new(),
            depth => self.go(other, depth - 1, 0, Vec::new()),
        }
    }
}
