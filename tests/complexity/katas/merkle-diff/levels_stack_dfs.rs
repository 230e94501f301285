// learner: optimal
// idiom: levels Vec<Vec<Digest>>, explicit DFS stack of (level, index) pushing the right child first, ranges merged on the fly via last_mut; O(d log n) comparisons, O(log n + d) space
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
    /// levels[0] = leaf digests; the last level holds the root.
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels = Vec::new();
        if !blocks.is_empty() {
            levels.push(blocks.iter().map(|b| H::leaf(b)).collect::<Vec<_>>());
            while levels.last().unwrap().len() > 1 {
                let below = levels.last().unwrap();
                let mut up = Vec::with_capacity(below.len().div_ceil(2));
                let mut i = 0;
                while i < below.len() {
                    if i + 1 < below.len() {
                        up.push(H::node(below[i], below[i + 1]));
                    } else {
                        up.push(below[i]);
                    }
                    i += 2;
                }
                levels.push(up);
            }
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, |l| l.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().map(|top| top[0])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "cannot diff trees of different length");
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.is_empty() {
            return out;
        }
        let mut stack = vec![(self.levels.len() - 1, 0usize)];
        while let Some((level, i)) = stack.pop() {
            if self.levels[level][i] == other.levels[level][i] {
                continue;
            }
            if level == 0 {
                match out.last_mut() {
                    Some(r) if r.end == i => r.end = i + 1,
                    _ => out.push(i..i + 1),
                }
                continue;
            }
            let below = level - 1;
            if 2 * i + 1 < self.levels[below].len() {
                stack.push((below, 2 * i + 1));
            }
            stack.push((below, 2 * i));
        }
        out
    }
}
