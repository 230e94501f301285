use lru_cache::LruCache;

#[test]
fn classic_sequence() {
    let mut c = LruCache::new(2);
    c.put(1, "one");
    c.put(2, "two");
    assert_eq!(c.get(&1), Some(&"one"), "cap 2: put 1, 2; get 1");
    c.put(3, "three"); // evicts 2
    assert_eq!(c.get(&2), None, "cap 2: put 1, 2; get 1; put 3; get 2");
    c.put(4, "four"); // evicts 1
    assert_eq!(c.get(&1), None, "... put 4; get 1");
    assert_eq!(c.get(&3), Some(&"three"), "... get 3");
    assert_eq!(c.get(&4), Some(&"four"), "... get 4");
    assert_eq!(c.len(), 2, "... len");
}

#[test]
fn capacity_zero_stores_nothing() {
    let mut c = LruCache::new(0);
    c.put("a", 1);
    assert_eq!(c.get(&"a"), None, "cap 0: put a; get a");
    assert_eq!(c.peek(&"a"), None, "cap 0: put a; peek a");
    assert_eq!(c.len(), 0, "cap 0: len");
    assert!(c.is_empty(), "cap 0: is_empty");
    assert_eq!(c.capacity(), 0, "cap 0: capacity");
}

#[test]
fn capacity_one_keeps_the_latest() {
    let mut c = LruCache::new(1);
    c.put('a', 1);
    c.put('b', 2);
    assert_eq!(c.get(&'a'), None, "cap 1: put a, b; get a");
    assert_eq!(c.get(&'b'), Some(&2), "cap 1: put a, b; get b");
    c.put('b', 3);
    assert_eq!(c.get(&'b'), Some(&3), "cap 1: put a, b, b=3; get b");
    assert_eq!(c.len(), 1, "cap 1: len");
}

#[test]
fn empty_cache() {
    let mut c: LruCache<u32, u32> = LruCache::new(3);
    assert!(c.is_empty(), "new cache: is_empty");
    assert_eq!(c.len(), 0, "new cache: len");
    assert_eq!(c.get(&7), None, "new cache: get");
    assert_eq!(c.peek(&7), None, "new cache: peek");
    assert_eq!(c.capacity(), 3, "new cache: capacity");
}

#[test]
fn get_refreshes_recency() {
    let mut c = LruCache::new(3);
    c.put(1, 10);
    c.put(2, 20);
    c.put(3, 30);
    assert_eq!(c.get(&1), Some(&10), "cap 3: put 1, 2, 3; get 1");
    c.put(4, 40); // 2 is now the least recently used
    assert_eq!(c.peek(&2), None, "cap 3: put 1, 2, 3; get 1; put 4; peek 2");
    assert_eq!(c.peek(&1), Some(&10), "... peek 1");
    assert_eq!(c.peek(&3), Some(&30), "... peek 3");
    assert_eq!(c.peek(&4), Some(&40), "... peek 4");
}

#[test]
fn put_existing_key_overwrites_and_refreshes() {
    let mut c = LruCache::new(2);
    c.put("a", 1);
    c.put("b", 2);
    c.put("a", 10); // overwrite: no eviction, a becomes most recent
    assert_eq!(c.len(), 2, "cap 2: put a, b, a=10; len");
    c.put("c", 3); // evicts b
    assert_eq!(c.peek(&"a"), Some(&10), "cap 2: put a, b, a=10, c; peek a");
    assert_eq!(c.peek(&"b"), None, "cap 2: put a, b, a=10, c; peek b");
    assert_eq!(c.peek(&"c"), Some(&3), "cap 2: put a, b, a=10, c; peek c");
}

#[test]
fn peek_and_missing_get_do_not_refresh() {
    let mut c = LruCache::new(2);
    c.put(1, 'x');
    c.put(2, 'y');
    assert_eq!(c.peek(&1), Some(&'x'), "cap 2: put 1, 2; peek 1");
    assert_eq!(c.get(&99), None, "cap 2: put 1, 2; get 99");
    c.put(3, 'z'); // 1 is still the least recently used
    assert_eq!(c.peek(&1), None, "cap 2: put 1, 2; peek 1; get 99; put 3; peek 1");
    assert_eq!(c.peek(&2), Some(&'y'), "... peek 2");
}

#[test]
fn len_never_exceeds_capacity() {
    let mut c = LruCache::new(4);
    for k in 0..10 {
        c.put(k, k * k);
        assert_eq!(c.len(), (k + 1).min(4) as usize, "cap 4: after putting 0..={k}");
    }
    for k in 0..6 {
        assert_eq!(c.peek(&k), None, "cap 4: after 0..10, key {k} was evicted");
    }
    for k in 6..10 {
        assert_eq!(c.peek(&k), Some(&(k * k)), "cap 4: after 0..10, key {k} is kept");
    }
}

#[test]
fn string_keys_and_values_without_clone() {
    struct Blob(Vec<u8>);
    let mut c: LruCache<String, Blob> = LruCache::new(2);
    c.put("x".to_string(), Blob(vec![1]));
    c.put("y".to_string(), Blob(vec![2, 2]));
    c.get(&"x".to_string());
    c.put("z".to_string(), Blob(vec![3, 3, 3]));
    let lens: Vec<Option<usize>> =
        ["x", "y", "z"].iter().map(|k| c.peek(&k.to_string()).map(|b| b.0.len())).collect();
    assert_eq!(lens, vec![Some(1), None, Some(3)], "cap 2: put x, y; get x; put z");
}

/// A slow but obviously correct model: entries from least to most recently used.
struct Model {
    cap: usize,
    entries: Vec<(u32, u32)>,
}

impl Model {
    fn get(&mut self, k: u32) -> Option<u32> {
        let pos = self.entries.iter().position(|e| e.0 == k)?;
        let e = self.entries.remove(pos);
        self.entries.push(e);
        Some(e.1)
    }
    fn put(&mut self, k: u32, v: u32) {
        if self.cap == 0 {
            return;
        }
        if let Some(pos) = self.entries.iter().position(|e| e.0 == k) {
            self.entries.remove(pos);
        } else if self.entries.len() == self.cap {
            self.entries.remove(0);
        }
        self.entries.push((k, v));
    }
}

#[test]
fn matches_a_model_on_random_operations() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |m: u64| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % m
    };
    for cap in [1usize, 2, 3, 8, 50] {
        let mut c = LruCache::new(cap);
        let mut model = Model { cap, entries: Vec::new() };
        for step in 0..5_000 {
            let key = next(2 * cap as u64 + 3) as u32;
            if next(2) == 0 {
                let v = next(1_000) as u32;
                c.put(key, v);
                model.put(key, v);
            } else {
                assert_eq!(c.get(&key).copied(), model.get(key), "cap {cap}, step {step}: get {key}");
            }
            assert_eq!(c.len(), model.entries.len(), "cap {cap}, step {step}: len");
        }
    }
}

#[test]
fn large_cache_is_fast() {
    let cap = 10_000u64;
    let mut c = LruCache::new(cap as usize);
    for k in 0..cap {
        c.put(k, k + 1);
    }
    // Touch every key in a scrambled order, several times: every get is a hit.
    for round in 0..8 {
        for i in 0..cap {
            let k = (i * 7_919 + round) % cap;
            assert_eq!(c.get(&k), Some(&(k + 1)), "cap {cap}, round {round}: get {k}");
        }
    }
    // The last round touched keys in order (i * 7_919 + 7) % cap; the first ones touched are
    // now the least recently used and get evicted by new keys.
    for j in 0..cap / 2 {
        c.put(cap + j, 0);
    }
    for i in 0..cap {
        let k = (i * 7_919 + 7) % cap;
        let want = if i < cap / 2 { None } else { Some(k + 1) };
        assert_eq!(c.peek(&k).copied(), want, "cap {cap}: after {} new keys, peek {k}", cap / 2);
    }
    assert_eq!(c.len(), cap as usize, "cap {cap}: len");
}
