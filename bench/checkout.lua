-- wrk script: whole guest checkouts, nine requests each, one connection per wrk thread (run with -t N -c N).
--   wrk -t16 -c16 -d10s -s bench/checkout.lua http://127.0.0.1:PORT -- REGION VARIANT_1 VARIANT_2 SHIPPING_OPTION
-- Each thread walks its own cart through: create, two line items, e-mail and address, shipping options, shipping
-- method, payment sessions, select the manual provider, complete. done() prints completed checkouts per second.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local region, variant1, variant2, option
local step, cart = 0, nil
checkouts, failures = 0, 0

function init(args)
  region, variant1, variant2, option = args[1], args[2], args[3], args[4]
end

local json = { ["Content-Type"] = "application/json" }

local function post(path, body)
  return wrk.format("POST", path, json, body or "")
end

function request()
  if step == 0 then
    return post("/store/carts", '{"region_id":"' .. region .. '"}')
  elseif step == 1 then
    return post("/store/carts/" .. cart .. "/line-items", '{"variant_id":"' .. variant1 .. '","quantity":1}')
  elseif step == 2 then
    return post("/store/carts/" .. cart .. "/line-items", '{"variant_id":"' .. variant2 .. '","quantity":1}')
  elseif step == 3 then
    return post("/store/carts/" .. cart, '{"email":"load@example.com","shipping_address":{"first_name":"Jane",'
      .. '"last_name":"Doe","address_1":"1 Main St","city":"Springfield","postal_code":"62701","country_code":"us"}}')
  elseif step == 4 then
    return wrk.format("GET", "/store/shipping-options/" .. cart)
  elseif step == 5 then
    return post("/store/carts/" .. cart .. "/shipping-methods", '{"option_id":"' .. option .. '"}')
  elseif step == 6 then
    return post("/store/carts/" .. cart .. "/payment-sessions")
  elseif step == 7 then
    return post("/store/carts/" .. cart .. "/payment-session", '{"provider_id":"manual"}')
  else
    return post("/store/carts/" .. cart .. "/complete")
  end
end

function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
    step = 0
    return
  end
  if step == 0 then
    cart = string.match(body, '"id":"(cart_[%w]+)"')
    if cart == nil then
      failures = failures + 1
      return
    end
  elseif step == 8 then
    if string.find(body, '"type":"order"', 1, true) then
      checkouts = checkouts + 1
    else
      failures = failures + 1
    end
    step = 0
    return
  end
  step = step + 1
end

function done(summary, latency, requests)
  local total, failed = 0, 0
  for _, t in ipairs(threads) do
    total = total + t:get("checkouts")
    failed = failed + t:get("failures")
  end
  local secs = summary.duration / 1e6
  io.write(string.format("checkouts %d in %.1f s: %.1f checkouts/s, failed steps %d\n", total, secs, total / secs, failed))
end
