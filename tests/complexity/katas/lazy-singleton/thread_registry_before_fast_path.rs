// learner: slow
// idiom: Coq-trained formal methods student: keeps an explicit registry of the threads already known to have synchronised with the initialiser ("thread t has observed READY"), and consults it before anything else
// why: get_or_init (and so Lazy::force) is O(r) per call, r = threads that have read before (linear `contains` on a Vec<ThreadId> under a Mutex), vs the O(1) single-atomic-load target: O(n^2) over the probe's n readers
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::thread::{self, ThreadId};

/// A cell that is written at most once and then only read.
///
/// Invariant: `t ∈ observers` ⇒ `t` has performed an Acquire load of `ready == true`,
/// so the value is visible to `t` forever after.
pub struct OnceCell<T> {
    ready: AtomicBool,
    init_lock: Mutex<()>,
    observers: Mutex<Vec<ThreadId>>,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: one write under init_lock before `ready` is released; afterwards only shared reads.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            init_lock: Mutex::new(()),
            observers: Mutex::new(Vec::new()),
            value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            // SAFETY: ready ⇒ written and never written again.
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    fn observed_by(&self, me: ThreadId) -> bool {
        self.observers.lock().unwrap_or_else(|e| e.into_inner()).contains(&me)
    }

    fn record_observer(&self, me: ThreadId) {
        let mut obs = self.observers.lock().unwrap_or_else(|e| e.into_inner());
        if !obs.contains(&me) {
            obs.push(me);
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let me = thread::current().id();
        if self.observed_by(me) {
            // SAFETY: by the invariant, `me` already synchronised with the writer.
            return unsafe { (*self.value.get()).as_ref().unwrap() };
        }
        if self.get().is_none() {
            let _guard = self.init_lock.lock().unwrap_or_else(|e| e.into_inner());
            if self.get().is_none() {
                let v = init();
                // SAFETY: init_lock held and ready is false: nobody else touches the slot.
                unsafe { *self.value.get() = Some(v) };
                self.ready.store(true, Ordering::Release);
            }
        }
        let v = self.get().expect("initialised above");
        self.record_observer(me);
        v
    }

    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// # Panics
    /// If the initialiser panicked on an earlier access, every later access panics too.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(|e| e.into_inner()).take();
            match taken {
                Some(f) => f(),
                None => panic!("Lazy instance has previously been poisoned"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}

