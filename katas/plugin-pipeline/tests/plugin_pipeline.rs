use plugin_pipeline::*;
use std::cell::Cell;
use std::rc::Rc;

/// Appends its own name to the `trace` field: shows the execution order.
struct Trace(String);
impl Transform for Trace {
    fn name(&self) -> &str {
        &self.0
    }
    fn apply(&self, record: &mut Record) -> Result<(), String> {
        let trace = record.entry("trace".to_string()).or_default();
        if !trace.is_empty() {
            trace.push(',');
        }
        trace.push_str(&self.0);
        Ok(())
    }
}

/// Upper-cases one field (Unicode aware).
struct Upper(&'static str);
impl Transform for Upper {
    fn name(&self) -> &str {
        "upper"
    }
    fn apply(&self, record: &mut Record) -> Result<(), String> {
        if let Some(v) = record.get_mut(self.0) {
            *v = v.to_uppercase();
        }
        Ok(())
    }
}

/// Fails when a field is missing.
struct Require(&'static str);
impl Transform for Require {
    fn name(&self) -> &str {
        "require"
    }
    fn apply(&self, record: &mut Record) -> Result<(), String> {
        if record.contains_key(self.0) {
            Ok(())
        } else {
            Err(format!("missing field `{}`", self.0))
        }
    }
}

/// Counts its calls.
struct Counter(String, Rc<Cell<u32>>);
impl Transform for Counter {
    fn name(&self) -> &str {
        &self.0
    }
    fn apply(&self, _record: &mut Record) -> Result<(), String> {
        self.1.set(self.1.get() + 1);
        Ok(())
    }
}

fn trace(name: &str) -> Box<dyn Transform> {
    Box::new(Trace(name.to_string()))
}

fn record(pairs: &[(&str, &str)]) -> Record {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn run_trace(p: &Pipeline) -> String {
    let out = p.run(Record::new()).expect("trace plugins never fail");
    out.get("trace").cloned().unwrap_or_default()
}

#[test]
fn empty_pipeline_passes_records_through() {
    let p = Pipeline::new();
    let input = record(&[("id", "7"), ("name", "Zoë")]);
    assert_eq!(p.run(input.clone()), Ok(input.clone()), "input: {input:?}, no plugins");
    assert!(p.is_empty());
    assert_eq!(p.names(), Vec::<&str>::new());
}

#[test]
fn a_single_plugin_is_applied() {
    let mut p = Pipeline::new();
    p.register(0, Box::new(Upper("city"))).unwrap();
    let input = record(&[("city", "straße"), ("zip", "10115")]);
    let want = record(&[("city", "STRASSE"), ("zip", "10115")]);
    assert_eq!(p.run(input.clone()), Ok(want), "input: {input:?}");
    assert_eq!(p.len(), 1);
}

#[test]
fn plugins_run_in_order_key_order() {
    let mut p = Pipeline::new();
    for (order, name) in [(30, "c"), (10, "a"), (20, "b"), (-5, "first"), (i32::MAX, "last"), (i32::MIN, "very-first")] {
        p.register(order, trace(name)).unwrap();
    }
    assert_eq!(p.names(), vec!["very-first", "first", "a", "b", "c", "last"], "registered as c, a, b, first, last, very-first");
    assert_eq!(run_trace(&p), "very-first,first,a,b,c,last");
}

#[test]
fn equal_order_keys_keep_registration_order() {
    let mut p = Pipeline::new();
    for name in ["x", "y", "z"] {
        p.register(5, trace(name)).unwrap();
    }
    p.register(1, trace("early")).unwrap();
    p.register(5, trace("w")).unwrap();
    assert_eq!(run_trace(&p), "early,x,y,z,w", "x, y, z, w share order 5");
}

#[test]
fn an_error_names_the_plugin_and_its_position_and_stops_the_run() {
    let calls = Rc::new(Cell::new(0));
    let mut p = Pipeline::new();
    p.register(1, trace("normalise")).unwrap();
    p.register(2, Box::new(Require("customer_id"))).unwrap();
    p.register(3, Box::new(Counter("after".to_string(), calls.clone()))).unwrap();
    let got = p.run(record(&[("name", "Ada")]));
    let want = PipelineError {
        plugin: "require".to_string(),
        position: 1,
        message: "missing field `customer_id`".to_string(),
    };
    assert_eq!(got, Err(want.clone()), "input: a record without customer_id");
    assert_eq!(calls.get(), 0, "plugins after the failing one must not run");
    assert_eq!(want.to_string(), "plugin #1 `require` failed: missing field `customer_id`");

    let ok = p.run(record(&[("customer_id", "42")]));
    assert_eq!(ok.map(|r| r.get("trace").cloned()), Ok(Some("normalise".to_string())));
    assert_eq!(calls.get(), 1);
}

#[test]
fn duplicate_names_are_refused() {
    let mut p = Pipeline::new();
    p.register(1, trace("geo")).unwrap();
    let got = p.register(0, trace("geo"));
    assert_eq!(got, Err(RegisterError::DuplicateName("geo".to_string())), "input: `geo` registered twice");
    assert_eq!(p.len(), 1, "a refused plugin must not be added");
    assert_eq!(run_trace(&p), "geo");
}

#[test]
fn removing_a_plugin_shifts_positions_and_frees_its_name() {
    let mut p = Pipeline::new();
    for (o, n) in [(1, "a"), (2, "b"), (3, "c")] {
        p.register(o, trace(n)).unwrap();
    }
    assert!(p.remove("b"), "b was registered");
    assert!(!p.remove("b"), "b is already gone");
    assert!(!p.remove("nope"));
    assert_eq!(p.names(), vec!["a", "c"]);
    p.register(0, Box::new(Require("id"))).unwrap();
    assert_eq!(p.run(Record::new()).unwrap_err().position, 0, "require is now first");
    assert!(p.remove("require"));
    p.register(10, trace("b")).unwrap();
    assert_eq!(run_trace(&p), "a,c,b", "b re-registered at order 10");
}

#[test]
fn records_are_independent_between_runs() {
    let mut p = Pipeline::new();
    p.register(0, Box::new(Upper("msg"))).unwrap();
    p.register(1, trace("t")).unwrap();
    for text in ["héllo wörld", "ελληνικά", "", "🚀 launch"] {
        let out = p.run(record(&[("msg", text)])).unwrap();
        let want = record(&[("msg", &text.to_uppercase()), ("trace", "t")]);
        assert_eq!(out, want, "input: msg = {text:?}");
    }
}

#[test]
fn thousands_of_plugins_in_shuffled_order() {
    let n: i32 = 4_000;
    // A fixed permutation of 0..n (multiplying by a number coprime with n).
    let orders: Vec<i32> = (0..n).map(|i| (i * 1_237) % n).collect();
    let mut p = Pipeline::new();
    let calls = Rc::new(Cell::new(0));
    for &o in &orders {
        p.register(o, Box::new(Counter(format!("plugin-{o:05}"), calls.clone()))).unwrap();
    }
    assert_eq!(p.len(), n as usize);
    let names = p.names();
    let sorted = names.windows(2).all(|w| w[0] < w[1]);
    assert!(sorted, "names must come out in order-key order; first few: {:?}", &names[..5]);
    p.run(Record::new()).unwrap();
    assert_eq!(calls.get(), n as u32, "every plugin runs exactly once");
}
