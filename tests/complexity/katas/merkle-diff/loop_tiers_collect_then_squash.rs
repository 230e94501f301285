// learner: optimal
// idiom: imperative loop/while build with index pairs, DFS with loop+match pop, collect bad leaves then squash into ranges
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
    tiers: Vec<Vec<H::Digest>>,
    n: usize,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut tiers: Vec<Vec<H::Digest>> = Vec::new();
        let mut current: Vec<H::Digest> = Vec::with_capacity(n);
        for b in blocks {
            current.push(H::leaf(b));
        }
        loop {
            let len = current.len();
            if len <= 1 {
                tiers.push(current);
                break;
            }
            let mut up = Vec::with_capacity((len + 1) / 2);
            let mut i = 0;
            while i + 1 < len {
                up.push(H::node(current[i], current[i + 1]));
                i += 2;
            }
            if i < len {
                up.push(current[i]);
            }
            tiers.push(current);
            current = up;
        }
        MerkleTree { tiers, n, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.n == 0 {
            return None;
        }
        Some(self.tiers[self.tiers.len() - 1][0])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n != other.n {
            panic!("length mismatch: {} != {}", self.n, other.n);
        }
        let mut bad_leaves: Vec<usize> = Vec::new();
        if self.n > 0 {
            let mut todo = vec![(self.tiers.len() - 1, 0usize)];
            loop {
                let (t, i) = match todo.pop() {
                    Some(x) => x,
                    None => break,
                };
                let same = self.tiers[t][i] == other.tiers[t][i];
                if same {
                    continue;
                }
                if t == 0 {
                    bad_leaves.push(i);
                } else {
                    let below = self.tiers[t - 1].len();
                    for c in [2 * i + 1, 2 * i] {
                        if c < below {
                            todo.push((t - 1, c));
                        }
                    }
                }
            }
        }
        // squash consecutive indices into ranges
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for i in bad_leaves {
            if ranges.last().map(|r| r.end) == Some(i) {
                ranges.last_mut().unwrap().end = i + 1;
            } else {
                ranges.push(i..i + 1);
            }
        }
        ranges
    }
}
