// learner: slow
// idiom: Arduino hobbyist: like a bus master keeping a table of registered devices, the cell keeps a list of thread ids that have already synced with it; a thread on the list takes the "fast path", a new one takes the init lock once and registers itself
// why: get_or_init (and Lazy::force) is O(t) per call, t = threads that read before, vs the O(1) target: every call locks the registry and searches the Vec<ThreadId> linearly, so n reads from n threads cost O(n^2)
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::thread::{self, ThreadId};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    ready: AtomicBool,
    init_lock: Mutex<()>,
    registered: Mutex<Vec<ThreadId>>, // threads that already went through the init lock once
    value: UnsafeCell<Option<T>>,
}

// SAFETY: value is written once under init_lock before `ready` is stored (Release);
// it is read after `ready` was loaded (Acquire) or after the registry lock made us
// synchronise with a thread that did.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell {
            ready: AtomicBool::new(false),
            init_lock: Mutex::new(()),
            registered: Mutex::new(Vec::new()),
            value: UnsafeCell::new(None),
        }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    pub fn get(&self) -> Option<&T> {
        if self.ready.load(Ordering::Acquire) {
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let me = thread::current().id();
        {
            let list = self.registered.lock().unwrap_or_else(|e| e.into_inner());
            let mut i = 0;
            while i < list.len() {
                if list[i] == me && self.ready.load(Ordering::Acquire) {
                    return self.get().unwrap(); // fast path: this thread already synced
                }
                i += 1;
            }
        }
        // slow path: first visit of this thread
        let value = {
            let _g = self.init_lock.lock().unwrap_or_else(|e| e.into_inner());
            if !self.ready.load(Ordering::Acquire) {
                let v = init();
                unsafe { *self.value.get() = Some(v) };
                self.ready.store(true, Ordering::Release);
            }
            self.get().unwrap()
        };
        self.registered.lock().unwrap_or_else(|e| e.into_inner()).push(me);
        value
    }

    /// Consumes the cell and returns its value, if any.
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
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let f = this.init.lock().unwrap_or_else(|e| e.into_inner()).take();
            match f {
                Some(f) => f(),
                None => panic!("Lazy is poisoned (init panicked before)"),
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
